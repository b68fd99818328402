package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.file.UploadedFile;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.shipment.Edi214Service;
import org.threepl.portal.application.shipment.ImportJobService;
import org.threepl.portal.application.view.ImportJobView;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shipment.ImportJob;

/**
 * Ops admins: upload a CSV file of shipments or events, follow its import, read the rejected lines; or upload an X12
 * 214 file for one client organisation, recorded at once and answered by its 997.
 */
@Named
@ViewScoped
public class ImportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An X12 214 file over this many bytes is refused before it is read: the API's limit for the same file. */
    static final long EDI_MAX_BYTES = 4L * 1024 * 1024;

    @Inject
    ImportJobService imports;

    @Inject
    Edi214Service edi;

    private ImportJob.Kind kind = ImportJob.Kind.SHIPMENTS;
    // the upload of this request only: its content lives in the request's temporary file, not in the session
    private transient UploadedFile file;
    private Long jobId;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient ImportJobView job;
    private transient List<ImportJobView> latest;
    // the X12 214 upload of this request, the organisation it is for, and the answer: the 997 and its counts
    private transient UploadedFile ediFile;
    private String ediOrganisation;
    private String ediAcknowledgement;
    private Integer ediReceived;
    private Integer ediAccepted;
    private Integer ediRejected;

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
            Faces.error("importForm:file", Faces.refusal(e));
        } catch (IOException e) {
            Faces.error("importForm:file", Faces.text("imports.unreadable"));
        }
    }

    /** Records the 214's events for the organisation named (by code) and shows the 997, one segment a line. */
    public void uploadEdi() {
        if (ediFile == null || ediFile.getSize() == 0) {
            Faces.error("ediForm:ediFile", Faces.text("imports.edi.noFile"));
            return;
        }
        if (ediFile.getSize() > EDI_MAX_BYTES) {
            Faces.error("ediForm:ediFile", Faces.text("imports.edi.tooLarge"));
            return;
        }
        try (InputStream content = ediFile.getInputStream()) {
            Edi214Service.Answer answer = edi.receive(content, ediOrganisation);
            ediAcknowledgement = answer.acknowledgement().replace("~", "~\n");
            ediReceived = answer.received();
            ediAccepted = answer.accepted();
            ediRejected = answer.rejected();
        } catch (DomainRuleViolation e) {
            String at = "organisation".equals(e.field()) ? "ediForm:ediOrganisation" : "ediForm:ediFile";
            Faces.error(at, Faces.refusal(e));
        } catch (IOException e) {
            Faces.error("ediForm:ediFile", Faces.text("imports.unreadable"));
        }
    }

    /** Called by the page's poll: the job as it stands now. */
    public void refresh() {
        if (jobId != null) {
            job = imports.view(jobId);
        }
    }

    /**
     * A rejected line's problem in the reader's language: its rule's translation with the values as the file had them,
     * or its English (words from outside the rules, reports stored before rules were kept).
     */
    public String problem(ImportJob.LineProblem e) {
        if (e.rule() == null) {
            return e.message();
        }
        return Faces.refusal(
                new DomainRuleViolation.Problem(e.field(), e.rule(), e.message(), new ArrayList<Object>(e.args())));
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

    public UploadedFile getEdiFile() {
        return ediFile;
    }

    public void setEdiFile(UploadedFile ediFile) {
        this.ediFile = ediFile;
    }

    public String getEdiOrganisation() {
        return ediOrganisation;
    }

    public void setEdiOrganisation(String ediOrganisation) {
        this.ediOrganisation = ediOrganisation;
    }

    public String getEdiAcknowledgement() {
        return ediAcknowledgement;
    }

    public Integer getEdiReceived() {
        return ediReceived;
    }

    public Integer getEdiAccepted() {
        return ediAccepted;
    }

    public Integer getEdiRejected() {
        return ediRejected;
    }
}
