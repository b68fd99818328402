package org.threepl.portal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.threepl.portal.application.mail.MailAttachment;
import org.threepl.portal.application.mail.MailOutbox;
import org.threepl.portal.application.mail.MailState;
import org.threepl.portal.application.mail.QueuedMail;

/**
 * The mail outbox in table {@code mail_outbox}. A mail is added in the caller's transaction (a transaction of its own
 * for a caller without one); each outcome is its own short transaction, changing the row only while it is pending.
 */
@ApplicationScoped
public class JpaMailOutbox implements MailOutbox {

    /** The room for the last error (the column's 1,000 characters, with a margin for wide characters). */
    private static final int MAX_ERROR = 990;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    @Transactional
    public void add(String recipient, String subject, String text, Instant now) {
        em.createNativeQuery("insert into mail_outbox (recipient, subject, body, created_at, state, attempts,"
                        + " next_attempt_at) values (?1, ?2, ?3, ?4, ?5, 0, ?4)")
                .setParameter(1, recipient)
                .setParameter(2, cut(subject, 1000))
                .setParameter(3, cut(text, 65536))
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, MailState.PENDING.name())
                .executeUpdate();
    }

    @Override
    @Transactional
    public void add(String recipient, String subject, String text, MailAttachment attachment, Instant now) {
        em.createNativeQuery("insert into mail_outbox (recipient, subject, body, created_at, state, attempts,"
                        + " next_attempt_at, attachment_name, attachment_type, attachment)"
                        + " values (?1, ?2, ?3, ?4, ?5, 0, ?4, ?6, ?7, ?8)")
                .setParameter(1, recipient)
                .setParameter(2, cut(subject, 1000))
                .setParameter(3, cut(text, 65536))
                .setParameter(4, Timestamp.from(now))
                .setParameter(5, MailState.PENDING.name())
                .setParameter(6, cut(attachment.fileName(), 200))
                .setParameter(7, attachment.contentType())
                .setParameter(8, attachment.content())
                .executeUpdate();
    }

    @Override
    @Transactional
    public Optional<MailAttachment> attachment(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select attachment_name, attachment_type, attachment"
                        + " from mail_outbox where id = ?1 and attachment is not null")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(r -> new MailAttachment((String) r[0], (String) r[1], (byte[]) r[2]));
    }

    @Override
    @Transactional
    public List<QueuedMail> due(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, recipient, subject, body, created_at, attempts,"
                        + " attachment_name is not null from mail_outbox"
                        + " where state = ?1 and next_attempt_at <= ?2 order by next_attempt_at, id")
                .setParameter(1, MailState.PENDING.name())
                .setParameter(2, Timestamp.from(now))
                .setMaxResults(limit)
                .getResultList();
        return rows.stream()
                .map(r -> new QueuedMail(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        instant(r[4]),
                        ((Number) r[5]).intValue(),
                        Boolean.TRUE.equals(r[6])))
                .toList();
    }

    @Override
    @Transactional
    public void sent(long id, int attempts, Instant at) {
        em.createNativeQuery("update mail_outbox set state = ?2, attempts = ?3, sent_at = ?4, last_error = null"
                        + " where id = ?1 and state = ?5")
                .setParameter(1, id)
                .setParameter(2, MailState.SENT.name())
                .setParameter(3, attempts)
                .setParameter(4, Timestamp.from(at))
                .setParameter(5, MailState.PENDING.name())
                .executeUpdate();
    }

    @Override
    @Transactional
    public void retryAt(long id, int attempts, Instant next, String error) {
        em.createNativeQuery("update mail_outbox set attempts = ?2, next_attempt_at = ?3, last_error = ?4"
                        + " where id = ?1 and state = ?5")
                .setParameter(1, id)
                .setParameter(2, attempts)
                .setParameter(3, Timestamp.from(next))
                .setParameter(4, bounded(error))
                .setParameter(5, MailState.PENDING.name())
                .executeUpdate();
    }

    @Override
    @Transactional
    public void failed(long id, int attempts, String error) {
        em.createNativeQuery("update mail_outbox set state = ?2, attempts = ?3, last_error = ?4"
                        + " where id = ?1 and state = ?5")
                .setParameter(1, id)
                .setParameter(2, MailState.FAILED.name())
                .setParameter(3, attempts)
                .setParameter(4, bounded(error))
                .setParameter(5, MailState.PENDING.name())
                .executeUpdate();
    }

    @Override
    @Transactional
    public int purgeFinishedBefore(Instant before) {
        return em.createNativeQuery("delete from mail_outbox where state in (?1, ?2) and created_at < ?3")
                .setParameter(1, MailState.SENT.name())
                .setParameter(2, MailState.FAILED.name())
                .setParameter(3, Timestamp.from(before))
                .executeUpdate();
    }

    /** A text too long for its column is cut rather than fail the change that queued the mail. */
    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String bounded(String error) {
        String e = String.valueOf(error);
        return e.length() <= MAX_ERROR ? e : e.substring(0, MAX_ERROR) + "…";
    }

    private static Instant instant(Object o) {
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        return (Instant) o;
    }
}
