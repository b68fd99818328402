package org.threepl.portal.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.threepl.portal.application.AccessDeniedException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.shipment.ImportColumns;
import org.threepl.portal.application.shipment.ImportJobService;
import org.threepl.portal.application.view.ImportJobView;
import org.threepl.portal.domain.model.shipment.ImportJob;

/**
 * The files of the imports page, as downloads by address: {@code ops/import-template.xhtml?kind=SHIPMENTS} (the
 * template of a kind's file) and {@code ops/import-rejected.xhtml?job=} (an import's rejected lines with their errors).
 * Ops admins only, like the imports page: anyone else gets 403, an unknown import or kind 404.
 */
@Named
@RequestScoped
public class ImportFilesBean {

    @Inject
    ImportJobService imports;

    private String kind;
    private Long job;

    public void template() {
        ImportJob.Kind k;
        try {
            k = ImportJob.Kind.valueOf(String.valueOf(kind));
        } catch (IllegalArgumentException unknown) {
            Faces.sendError(404);
            return;
        }
        download(() -> Downloads.table(
                "csv", ImportColumns.templateName(k), (format, out) -> imports.writeTemplate(k, format, out)));
    }

    public void rejected() {
        ImportJobView view;
        try {
            view = job == null ? null : imports.view(job);
        } catch (NotFoundException e) {
            view = null;
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
            return;
        }
        if (view == null || !view.rejectedLinesKept()) {
            Faces.sendError(404);
            return;
        }
        Long id = view.id();
        download(() -> Downloads.table(
                "csv",
                "import-" + id + "-rejected-lines",
                (format, out) -> imports.writeRejectedLines(id, format, out)));
    }

    private static void download(Runnable write) {
        try {
            write.run();
        } catch (AccessDeniedException e) {
            Faces.sendError(403);
        }
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getJob() {
        return job;
    }

    public void setJob(Long job) {
        this.job = job;
    }
}
