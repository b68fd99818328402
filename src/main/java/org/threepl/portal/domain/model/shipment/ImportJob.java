package org.threepl.portal.domain.model.shipment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.threepl.portal.domain.model.shared.Actor;
import org.threepl.portal.domain.model.shared.TextListConverter;

/**
 * A file import started in the portal, with its progress: queued, then running (with the bytes and lines read so far),
 * then done (with its counts and first rejected lines) or failed (with the reason). A running job that has not reported
 * for {@link #STALL_AFTER} is shown as interrupted: its server stopped.
 */
@Entity
@Table(name = "import_job")
public class ImportJob {

    public static final Duration STALL_AFTER = Duration.ofMinutes(2);
    /** The longest line kept as written (the import reads lines of up to 64 KiB characters). */
    public static final int MAX_KEPT_LINE = 65_536;

    public enum Kind {
        SHIPMENTS,
        EVENTS
    }

    public enum Status {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * How an ended import went, derived from its counts: every line stored, some lines rejected, or nothing stored
     * (every line rejected, or the file refused whole). A file without data lines is {@code FINISHED}: nothing was
     * refused.
     */
    public enum Outcome {
        FINISHED,
        FINISHED_WITH_ERRORS,
        FAILED;

        /** {@code stored}: lines created or updated (events accepted). */
        public static Outcome of(long stored, long rejected) {
            if (rejected == 0) {
                return FINISHED;
            }
            return stored == 0 ? FAILED : FINISHED_WITH_ERRORS;
        }
    }

    /**
     * One rejected line of the file: {@code field} as the API names it, {@code column} the file's column header as
     * written in the file (none when the whole line is at fault: unreadable, too long), {@code rule} the rule it broke
     * and the values its text names, for the page (none for words from outside the rules).
     */
    @Embeddable
    public record LineProblem(
            @Column(name = "line", nullable = false) long line,

            @Column(name = "field", nullable = false, length = 64)
            String field,

            @Column(name = "column_name", length = 200) String column,

            @Column(name = "message", nullable = false, length = 500)
            String message,

            @Column(name = "rule_key", length = 100) String rule,

            @Column(name = "rule_args", length = 2000) @Convert(converter = TextListConverter.class)
            List<String> args) {
        public LineProblem {
            field = cut(field, 64);
            column = cut(column, 200);
            message = cut(message, 500);
            // words without a rule, or values too long to keep: the English is shown
            boolean kept = rule != null && args != null && String.join("", args).length() <= 1000;
            args = kept ? List.copyOf(args.stream().map(a -> cut(a, 200)).toList()) : List.of();
            rule = kept ? rule : null;
        }

        public LineProblem(long line, String field, String column, String message) {
            this(line, field, column, message, null, List.of());
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_job_seq")
    @SequenceGenerator(name = "import_job_seq", sequenceName = "import_job_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private Kind kind;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "bytes_total", nullable = false)
    private long bytesTotal;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "kind", column = @Column(name = "started_by_kind", length = 16)),
        @AttributeOverride(name = "id", column = @Column(name = "started_by_id")),
        @AttributeOverride(name = "name", column = @Column(name = "started_by", nullable = false, length = 150))
    })
    private Actor startedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private Status status;

    @Column(name = "bytes_read", nullable = false)
    private long bytesRead;

    @Column(name = "lines_read", nullable = false)
    private long linesRead;

    @Column(name = "created", nullable = false)
    private long created;

    @Column(name = "updated", nullable = false)
    private long updated;

    @Column(name = "rejected", nullable = false)
    private long rejected;

    @Column(name = "method", length = 16)
    private String method;

    @Column(name = "failure", length = 1000)
    private String failure;

    @Column(name = "errors_truncated", nullable = false)
    private boolean errorsTruncated;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "heartbeat_at", nullable = false)
    private Instant heartbeatAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @ElementCollection
    @CollectionTable(name = "import_job_error", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "position")
    private List<LineProblem> problems = new ArrayList<>();

    /** The file's first line as written, kept with the rejected lines so that they can be given back as a file. */
    @Column(name = "header_line", length = MAX_KEPT_LINE)
    private String headerLine;

    /** The rejected lines as written in the file (those listed in {@link #problems}), by line number. */
    @ElementCollection
    @CollectionTable(name = "import_job_rejected_line", joinColumns = @JoinColumn(name = "job_id"))
    @MapKeyColumn(name = "line")
    @Column(name = "content", length = MAX_KEPT_LINE)
    private Map<Long, String> rejectedLines = new HashMap<>();

    protected ImportJob() {
        // for JPA
    }

    public ImportJob(Kind kind, String fileName, long bytesTotal, Actor startedBy, Instant now) {
        this.kind = Objects.requireNonNull(kind, "kind");
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("A file name is required");
        }
        if (bytesTotal <= 0) {
            throw new IllegalArgumentException("The file is empty");
        }
        this.fileName = cut(fileName.strip(), 200);
        this.bytesTotal = bytesTotal;
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.status = Status.QUEUED;
        this.queuedAt = now;
        this.heartbeatAt = now;
    }

    public void start(Instant now) {
        require(Status.QUEUED, "start");
        status = Status.RUNNING;
        startedAt = now;
        heartbeatAt = now;
    }

    public void progress(
            long bytes, long lines, long createdSoFar, long updatedSoFar, long rejectedSoFar, Instant now) {
        require(Status.RUNNING, "report progress on");
        bytesRead = Math.min(bytesTotal, Math.max(bytesRead, bytes));
        linesRead = lines;
        created = createdSoFar;
        updated = updatedSoFar;
        rejected = rejectedSoFar;
        heartbeatAt = now;
    }

    public void finish(
            long lines,
            long createdTotal,
            long updatedTotal,
            long rejectedTotal,
            List<LineProblem> firstProblems,
            boolean truncated,
            String howLoaded,
            Instant now) {
        require(Status.RUNNING, "finish");
        status = Status.DONE;
        bytesRead = bytesTotal;
        linesRead = lines;
        created = createdTotal;
        updated = updatedTotal;
        rejected = rejectedTotal;
        problems = new ArrayList<>(firstProblems);
        errorsTruncated = truncated;
        method = howLoaded;
        finishedAt = now;
        heartbeatAt = now;
    }

    /**
     * Keeps the file's header and its rejected lines as written (lines longer than {@link #MAX_KEPT_LINE} are left
     * out), for a file of the rejected lines; only for an ended import.
     */
    public void keepRejectedLines(String header, Map<Long, String> lines) {
        if (status != Status.DONE) {
            throw new IllegalStateException("Import " + id + " has not finished");
        }
        headerLine = header == null || header.length() > MAX_KEPT_LINE ? null : header;
        rejectedLines = new HashMap<>();
        lines.forEach((line, text) -> {
            if (text != null && text.length() <= MAX_KEPT_LINE) {
                rejectedLines.put(line, text);
            }
        });
    }

    /** How it ended; none while it is queued or running. */
    public Outcome outcome() {
        return switch (status) {
            case QUEUED, RUNNING -> null;
            case FAILED -> Outcome.FAILED;
            case DONE -> Outcome.of(created + updated, rejected);
        };
    }

    /** The file could not be imported as a whole (unreadable, no header): the reason is kept for the user. */
    public void fail(String reason, Instant now) {
        if (status == Status.DONE || status == Status.FAILED) {
            throw new IllegalStateException("Import " + id + " has already ended (" + status + ")");
        }
        status = Status.FAILED;
        failure = cut(reason == null || reason.isBlank() ? "The import failed" : reason, 1000);
        finishedAt = now;
        heartbeatAt = now;
    }

    /** Running, but no word from its server for a while. */
    public boolean isInterrupted(Instant now) {
        return status == Status.RUNNING && heartbeatAt.plus(STALL_AFTER).isBefore(now);
    }

    public boolean isFinished() {
        return status == Status.DONE || status == Status.FAILED;
    }

    /** Percent of the file read, 0–100. */
    public int percent() {
        return (int) Math.min(100, bytesRead * 100 / bytesTotal);
    }

    private void require(Status expected, String action) {
        if (status != expected) {
            throw new IllegalStateException(
                    "Cannot " + action + " import " + id + ": it is " + status + ", not " + expected);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public long bytesTotal() {
        return bytesTotal;
    }

    public Actor startedBy() {
        return startedBy;
    }

    public Status status() {
        return status;
    }

    public long bytesRead() {
        return bytesRead;
    }

    public long linesRead() {
        return linesRead;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long rejected() {
        return rejected;
    }

    public String method() {
        return method;
    }

    public String failure() {
        return failure;
    }

    public boolean errorsTruncated() {
        return errorsTruncated;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public List<LineProblem> problems() {
        return List.copyOf(problems);
    }

    public String headerLine() {
        return headerLine;
    }

    public Map<Long, String> rejectedLines() {
        return Map.copyOf(rejectedLines);
    }
}
