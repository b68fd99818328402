package org.threepl.portal.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.dispute.DisputeSteps;
import org.threepl.portal.application.dispute.DisputeThread;
import org.threepl.portal.application.dispute.DisputeView;
import org.threepl.portal.domain.model.dispute.DisputeAction;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.interfaces.http.ContentDisposition;

/** One dispute ({@code ?id=}): its facts, offers and record, and the steps the user's side can take. */
@Named
@ViewScoped
public class DisputeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    // normal-scoped beans come as serialisable proxies
    @Inject
    org.threepl.portal.application.dispute.DisputeRecordDocument recordDocument;

    @Inject
    FormatBean fmt;

    @Inject
    DisputeSteps steps;

    @Inject
    DisputeThread thread;

    private Long id;
    // views are not serialisable: kept for the request, loaded again when a restored session reads them
    private transient DisputeView dispute;
    /**
     * The version the user saw, kept with the view so that a step after a restored session is still checked against it.
     */
    private Integer shownVersion;

    private transient List<DisputeSteps.RecordLine> record;
    private transient List<DisputeThread.MessageView> messages;
    private transient List<DisputeThread.AttachmentView> attachments;
    // the upload of this request only: its content lives in the request's temporary file, not in the session
    private transient org.primefaces.model.file.UploadedFile file;
    private String message;
    private boolean internal;
    private BigDecimal amount;
    private String note;

    public void load() {
        try {
            show(steps.get(id));
            record = steps.record(id);
            messages = thread.messages(id);
            attachments = thread.attachments(id);
        } catch (NotFoundException e) {
            Faces.sendError(404);
        }
    }

    /** Takes a step on the version shown; if the dispute changed meanwhile, says so and shows it as it is now. */
    public void step(String action) {
        try {
            DisputeAction step = DisputeAction.step(action);
            show(steps.act(id, shownVersion(), new DisputeSteps.Step(step, amount, note)));
            Faces.info(Faces.text("dispute.done." + step.name()));
            amount = null;
            note = null;
        } catch (DomainRuleViolation e) {
            Faces.error(Faces.refusal(e));
        } catch (ConcurrentChangeException e) {
            Faces.error(Faces.text("dispute.changedMeanwhile"));
            show(steps.get(id));
        }
        record = steps.record(id);
    }

    public void write() {
        try {
            thread.write(id, message, internal);
            Faces.info(Faces.text(internal ? "dispute.noteAdded" : "dispute.messageSent"));
            message = null;
            internal = false;
        } catch (DomainRuleViolation e) {
            Faces.error("thread:message", Faces.refusal(e));
        }
        messages = thread.messages(id);
    }

    /** Attaches the uploaded file as evidence (a full-page post: the file goes as multipart). */
    public void attach() {
        if (file == null || file.getSize() == 0) {
            Faces.error("evidence:file", Faces.text("dispute.noFile"));
            return;
        }
        if (file.getSize() > org.threepl.portal.domain.model.dispute.Attachment.MAX_BYTES) {
            // refused by its size, before its content is read into memory
            Faces.error(
                    "evidence:file",
                    Faces.text(
                            "dispute.fileTooLarge",
                            org.threepl.portal.domain.model.dispute.Attachment.MAX_BYTES / (1024 * 1024)));
            return;
        }
        try {
            thread.attach(id, file.getFileName(), file.getContent());
            Faces.info(Faces.text("dispute.attached"));
        } catch (DomainRuleViolation e) {
            Faces.error("evidence:file", Faces.refusal(e));
        }
        attachments = thread.attachments(id);
        record = steps.record(id);
    }

    /** Sends one evidence file. */
    public void download(DisputeThread.AttachmentView a) throws java.io.IOException {
        DisputeThread.Download d = thread.download(id, a.id());
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        jakarta.faces.context.ExternalContext ec = fc.getExternalContext();
        ec.responseReset();
        ec.setResponseContentType(d.attachment().contentType());
        ec.setResponseHeader(
                "Content-Disposition",
                ContentDisposition.attachment(d.attachment().fileName()));
        ec.getResponseOutputStream().write(d.content());
        fc.responseComplete();
    }

    /** Downloads the dispute's record as CSV or Excel (one row per step, for further work), in the reader's words. */
    public void exportRecord(String extension) {
        Downloads.table(
                extension,
                getDispute().claimNumber() + "-record",
                (format, out) -> steps.writeRecord(id, format, fmt.formats(), out));
    }

    /** Downloads the dispute's record as a laid-out PDF in the reader's language. */
    public void recordPdf() {
        Downloads.file(
                getDispute().claimNumber() + "-record.pdf",
                "application/pdf",
                out -> recordDocument.pdf(id, fmt.formats(), out));
    }

    public boolean can(String step) {
        return getDispute() != null && dispute.steps().contains(step);
    }

    private void show(DisputeView d) {
        dispute = d;
        shownVersion = d.version();
    }

    private int shownVersion() {
        return shownVersion != null ? shownVersion : getDispute().version();
    }

    public DisputeView getDispute() {
        if (dispute == null && id != null) {
            dispute = steps.get(id); // the version shown stays the one the user saw
            if (shownVersion == null && dispute != null) {
                shownVersion = dispute.version();
            }
        }
        return dispute;
    }

    public List<DisputeSteps.RecordLine> getRecord() {
        if (record == null && id != null) {
            record = steps.record(id);
        }
        return record;
    }

    public List<DisputeThread.MessageView> getMessages() {
        if (messages == null && id != null) {
            messages = thread.messages(id);
        }
        return messages;
    }

    public List<DisputeThread.AttachmentView> getAttachments() {
        if (attachments == null && id != null) {
            attachments = thread.attachments(id);
        }
        return attachments;
    }

    public org.primefaces.model.file.UploadedFile getFile() {
        return file;
    }

    public void setFile(org.primefaces.model.file.UploadedFile file) {
        this.file = file;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
