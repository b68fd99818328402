package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.shipment.ImportJobService;
import org.threepl.portal.application.view.ImportJobView;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.ImportJob;

/** Ops admins: upload a CSV file of shipments or events, follow its import, read the rejected lines. */
@Named
@ViewScoped
public class ImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportJobService imports;

    private ImportJob.Kind kind = ImportJob.Kind.SHIPMENTS;
    // the upload of this request only: its content lives in the request's temporary file, not in the session
    private transient UploadedFile file;
    private Long jobId;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient ImportJobView job;
    private transient List<ImportJobView> latest;

    /** With {@code ?job=}, the import to follow; an unknown one is a 404. */
    public void load() {
        if (jobId != null) {
            try {
                job = imports.view(jobId);
            } catch (NotFoundException e) {
                Faces.sendError(404);
            }
        }
    }

    public void upload() {
        if (file == null || file.getSize() == 0) {
            Faces.error("importForm:file", Faces.text("imports.noFile"));
            return;
        }
        try (InputStream content = file.getInputStream()) {
            Long id = imports.start(kind, file.getFileName(), content);
            Faces.redirect("/ops/imports.xhtml?job=" + id);
        } catch (DomainRuleViolation e) {
            Faces.error("importForm:file", e.getMessage());
        } catch (IOException e) {
            Faces.error("importForm:file", Faces.text("imports.unreadable"));
        }
    }

    /** Called by the page's poll: the job as it stands now. */
    public void refresh() {
        if (jobId != null) {
            job = imports.view(jobId);
        }
    }

    public ImportJobView getJob() {
        if (job == null && jobId != null) {
            job = imports.view(jobId);
        }
        return job;
    }

    public List<ImportJobView> getLatest() {
        if (latest == null) {
            latest = imports.latest();
        }
        return latest;
    }

    public ImportJob.Kind[] getKinds() {
        return ImportJob.Kind.values();
    }

    public ImportJob.Kind getKind() {
        return kind;
    }

    public void setKind(ImportJob.Kind kind) {
        this.kind = kind;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public Long getJobId() {
        return jobId;
    }

    public void setJobId(Long jobId) {
        this.jobId = jobId;
    }
}
