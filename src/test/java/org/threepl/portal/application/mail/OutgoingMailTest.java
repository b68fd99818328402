package org.threepl.portal.application.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutgoingMailTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    /** The outbox in memory: each mail's state, attempts, next attempt and error. */
    static final class Outbox implements MailOutbox {
        record Row(QueuedMail mail, MailState state, int attempts, Instant next, String error) {}

        final Map<Long, Row> rows = new LinkedHashMap<>();
        final Map<Long, MailAttachment> files = new LinkedHashMap<>();

        @Override
        public void add(String recipient, String subject, String text, MailAttachment attachment, Instant now) {
            long id = rows.size() + 1;
            rows.put(
                    id,
                    new Row(
                            new QueuedMail(id, recipient, subject, text, now, 0, true),
                            MailState.PENDING,
                            0,
                            now,
                            null));
            files.put(id, attachment);
        }

        @Override
        public java.util.Optional<MailAttachment> attachment(long id) {
            return java.util.Optional.ofNullable(files.get(id));
        }

        @Override
        public void add(String recipient, String subject, String text, Instant now) {
            long id = rows.size() + 1;
            rows.put(
                    id, new Row(new QueuedMail(id, recipient, subject, text, now, 0), MailState.PENDING, 0, now, null));
        }

        @Override
        public List<QueuedMail> due(Instant now, int limit) {
            return rows.values().stream()
                    .filter(r -> r.state() == MailState.PENDING && !r.next().isAfter(now))
                    .map(r -> new QueuedMail(
                            r.mail().id(),
                            r.mail().recipient(),
                            r.mail().subject(),
                            "",
                            r.mail().createdAt(),
                            r.attempts(),
                            r.mail().attached()))
                    .limit(limit)
                    .toList();
        }

        @Override
        public void sent(long id, int attempts, Instant at) {
            rows.computeIfPresent(id, (k, r) -> new Row(r.mail(), MailState.SENT, attempts, r.next(), null));
        }

        @Override
        public void retryAt(long id, int attempts, Instant next, String error) {
            rows.computeIfPresent(id, (k, r) -> new Row(r.mail(), MailState.PENDING, attempts, next, error));
        }

        @Override
        public void failed(long id, int attempts, String error) {
            rows.computeIfPresent(id, (k, r) -> new Row(r.mail(), MailState.FAILED, attempts, r.next(), error));
        }

        @Override
        public int purgeFinishedBefore(Instant before) {
            return 0;
        }
    }

    /** A mail server that answers each recipient as told (sent if not told), and records what it was given. */
    static final class Relay implements MailSender {
        final Map<String, Result> answers = new LinkedHashMap<>();
        final List<String> tried = new ArrayList<>();
        final List<String> attached = new ArrayList<>();
        boolean on = true;

        @Override
        public boolean enabled() {
            return on;
        }

        @Override
        public Result send(String to, String subject, String text) {
            tried.add(to);
            return answers.getOrDefault(to, Result.sent());
        }

        @Override
        public Result send(String to, String subject, String text, MailAttachment attachment) {
            attached.add(attachment.fileName());
            return send(to, subject, text);
        }
    }

    private final Outbox outbox = new Outbox();
    private final Relay relay = new Relay();
    /** The outcomes counted for /metrics, by outcome. */
    static final class Counts implements org.threepl.portal.application.metrics.OperationsMetrics {
        final java.util.Map<String, Integer> mail = new java.util.TreeMap<>();

        @Override
        public void eventsStored(int count) {}

        @Override
        public void securityEvent(org.threepl.portal.domain.model.security.SecurityEventType type) {}

        @Override
        public void mailSent() {
            mail.merge("sent", 1, Integer::sum);
        }

        @Override
        public void mailRetried() {
            mail.merge("retried", 1, Integer::sum);
        }

        @Override
        public void mailGivenUp() {
            mail.merge("given up", 1, Integer::sum);
        }
    }

    private final Counts counts = new Counts();
    private final OutgoingMail mail = new OutgoingMail();

    OutgoingMailTest() {
        mail.outbox = outbox;
        mail.metrics = counts;
        mail.sender = relay;
        mail.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        mail.firstRetrySeconds = 30;
        mail.keepDays = 30;
        mail.maxAttachmentBytes = 10;
    }

    @Test
    void aFileGoesWithItsMailAndALargerOneIsRefused() {
        mail.queue("a@example.com", "s", "t", new MailAttachment("r.csv", "text/csv", new byte[10]));
        mail.queue("b@example.com", "s", "t");
        assertEquals(2, mail.deliverDue());
        assertEquals(List.of("r.csv"), relay.attached);
        assertEquals(List.of("a@example.com", "b@example.com"), relay.tried);
        assertTrue(mail.attachable(10));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> mail.queue("c@example.com", "s", "t", new MailAttachment("big.csv", "text/csv", new byte[11])));
    }

    @Test
    void eachMailIsSentTriedAgainOrGivenUpAsTheRelayAnswers() {
        mail.queue("sent@example.com", "s", "t");
        mail.queue("later@example.com", "s", "t");
        mail.queue("never@example.com", "s", "t");
        relay.answers.put("later@example.com", new MailSender.Result(MailSender.Outcome.RETRY, "451 busy"));
        relay.answers.put("never@example.com", new MailSender.Result(MailSender.Outcome.REJECTED, "550 unknown"));

        assertEquals(1, mail.deliverDue());

        assertEquals(MailState.SENT, outbox.rows.get(1L).state());
        Outbox.Row later = outbox.rows.get(2L);
        assertEquals(MailState.PENDING, later.state());
        assertEquals(1, later.attempts());
        assertEquals("451 busy", later.error());
        assertTrue(
                !later.next().isBefore(NOW.plusSeconds(24)) && !later.next().isAfter(NOW.plusSeconds(36)),
                "30 s ± 20 %: " + later.next());
        Outbox.Row never = outbox.rows.get(3L);
        assertEquals(MailState.FAILED, never.state());
        assertEquals("550 unknown", never.error());

        assertEquals(0, mail.deliverDue(), "the retry is not due yet");
        assertEquals(3, relay.tried.size());
        assertEquals(java.util.Map.of("given up", 1, "retried", 1, "sent", 1), counts.mail, "as /metrics counts them");
    }

    @Test
    void aRunStopsAfterThreeMailsInARowWereNotSentAndTheRestWait() {
        for (int i = 0; i < 5; i++) {
            String to = "m" + i + "@example.com";
            mail.queue(to, "s", "t");
            relay.answers.put(to, new MailSender.Result(MailSender.Outcome.RETRY, "connection refused"));
        }
        mail.deliverDue();
        assertEquals(List.of("m0@example.com", "m1@example.com", "m2@example.com"), relay.tried);
        assertEquals(0, outbox.rows.get(4L).attempts(), "left due for the next run");
    }

    @Test
    void withMailOffNothingIsQueued() {
        relay.on = false;
        mail.queue("x@example.com", "s", "t");
        assertTrue(outbox.rows.isEmpty());
        assertEquals(0, mail.deliverDue());
    }
}
