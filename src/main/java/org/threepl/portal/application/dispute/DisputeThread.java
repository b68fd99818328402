package org.threepl.portal.application.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.Notifier;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.dispute.Attachment;
import org.threepl.portal.domain.model.dispute.Change;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeAction;
import org.threepl.portal.domain.model.dispute.DisputeMessage;
import org.threepl.portal.domain.model.dispute.DisputeRecord;
import org.threepl.portal.domain.model.dispute.Side;
import org.threepl.portal.domain.model.shared.Message;

/** A dispute's thread and evidence: messages between the sides, the 3PL's internal notes, and evidence files. */
@ApplicationScoped
@Transactional
public class DisputeThread {

    @Inject
    DisputeAccess access;

    @Inject
    DisputeRepository disputes;

    @Inject
    Notifier notifier;

    @Inject
    FileStore files;

    @Inject
    Clock clock;

    /**
     * A message or internal note; {@code authorKind} USER (a person), CREDENTIAL (an API key) or LEGACY (not known).
     */
    public record MessageView(
            Long id, String author, String authorKind, String side, boolean internal, String text, Instant at) {
        static MessageView of(DisputeMessage m) {
            return new MessageView(
                    m.id(),
                    m.author().name(),
                    m.author().kind().name(),
                    m.side().name(),
                    m.isInternal(),
                    m.text(),
                    m.createdAt());
        }
    }

    /**
     * An evidence file's facts; {@code uploadedByKind} USER (a person), CREDENTIAL (an API key) or LEGACY (not known).
     */
    public record AttachmentView(
            Long id,
            String fileName,
            String contentType,
            int size,
            String uploadedBy,
            String uploadedByKind,
            String side,
            Instant at) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(
                    a.id(),
                    a.fileName(),
                    a.contentType(),
                    a.size(),
                    a.uploadedBy().name(),
                    a.uploadedBy().kind().name(),
                    a.side().name(),
                    a.uploadedAt());
        }
    }

    /** A file to download: its facts and bytes. */
    public record Download(AttachmentView attachment, byte[] content) {}

    /** The thread; the 3PL also sees its internal notes, a client never does. */
    public List<MessageView> messages(Long id) {
        Caller caller = access.caller();
        Dispute d = access.visible(id);
        return disputes.messagesOf(d.id(), caller.isProvider()).stream()
                .map(MessageView::of)
                .toList();
    }

    /** A message to the other side, or (the 3PL only) an internal note; a shared message is told to the other side. */
    public MessageView write(Long id, String text, boolean internal) {
        Caller caller = access.caller();
        Dispute d = access.visible(id);
        AccessPolicy.require(caller.may(ApiScope.WRITE), "Writing needs a key with the WRITE scope");
        Side side = DisputeAccess.sideOf(caller);
        AccessPolicy.require(!internal || side == Side.PROVIDER, "Internal notes are the 3PL's");
        DisputeMessage m = new DisputeMessage(d, caller.actor(), side, internal, text, clock.instant());
        disputes.add(m);
        if (!internal) {
            var recipients = side == Side.CLIENT
                    ? notifier.accountManagersOf(d.organisationId())
                    : notifier.clientAdminsOf(d.organisationId());
            notifier.tell(
                    recipients,
                    Message.of(
                            "dispute.message.subject",
                            Message.text(d.claimNumber()),
                            Message.text(caller.actor().describe())),
                    Message.of("dispute.message.body", Message.text(m.text())),
                    "/dispute.xhtml?id=" + d.id());
        }
        return MessageView.of(m);
    }

    /**
     * Attaches evidence (either side): checked by content and size, stored under a generated name, noted on the record.
     */
    public AttachmentView attach(Long id, String fileName, byte[] content) {
        Caller caller = access.caller();
        Dispute d = access.visible(id);
        AccessPolicy.require(caller.may(ApiScope.WRITE), "Attaching evidence needs a key with the WRITE scope");
        Side side = DisputeAccess.sideOf(caller);
        Attachment a = new Attachment(d, fileName, content, caller.actor(), side, clock.instant());
        disputes.add(a);
        disputes.add(new DisputeRecord(
                d,
                new Change(
                        DisputeAction.ATTACH,
                        d.state(),
                        d.state(),
                        null,
                        d.level(),
                        "evidence: " + a.fileName() + " (" + a.contentType() + ", " + a.size() + " bytes)"),
                caller.actor(),
                side,
                clock.instant()));
        files.put(a.storageKey(), content);
        return AttachmentView.of(a);
    }

    public List<AttachmentView> attachments(Long id) {
        return disputes.attachmentsOf(access.visible(id).id()).stream()
                .map(AttachmentView::of)
                .toList();
    }

    /** A file of a dispute the caller may see; another dispute's attachment id is not found. */
    public Download download(Long id, Long attachmentId) {
        Attachment a = disputes.attachmentsOf(access.visible(id).id()).stream()
                .filter(x -> x.id().equals(attachmentId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Attachment " + attachmentId));
        return new Download(AttachmentView.of(a), files.get(a.storageKey()));
    }
}
