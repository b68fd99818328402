package org.threepl.portal.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.threepl.portal.domain.model.account.ApiKey;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.infrastructure.security.Pbkdf2PasswordHasher;

/**
 * Test data written straight into the test PostgreSQL, so that each test makes its own organisations, users and keys
 * (unique codes and names) and depends on no other test. Ids come from a range the application's sequences never reach
 * in a test run.
 */
public final class Fixtures {

    /** The password of every fixture user. */
    public static final String PASSWORD = "fixture-password-2026";

    /** A tiny but real PNG: the signature and the start of an IHDR chunk (enough for a check by content). */
    public static final byte[] TINY_PNG = {
        (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1
    };

    /**
     * Who the rows written here name as having acted (kind, id, name): the tests' setup, a system like the portal's own
     * jobs, not a user or an API key (so no four-eyes rule can mistake it for one).
     */
    private static final String BY_FIXTURES = "'SYSTEM', null, 'fixtures'";

    private static final AtomicLong IDS = new AtomicLong(1_000_000_000L + (System.nanoTime() % 1_000_000L) * 1000);
    private static volatile String passwordHash;

    private Fixtures() {}

    public record Org(long id, String code, String name) {}

    public record User(long id, String username, Role role, Long organisationId) {}

    public record Key(long id, String value, String prefix) {}

    public record Contract(long id, String number) {}

    /**
     * Whether a page, a PDF or a JSON body shows this amount as a number of its own ("900", "€900.00", ":900.00"), not
     * as a run of digits inside a timestamp, an id or a random organisation code, which would make a "never shows the
     * cost" check fail by chance.
     */
    public static boolean showsAmount(String text, String amount) {
        return java.util.regex.Pattern.compile(
                        "(?<![\\w.,-])" + java.util.regex.Pattern.quote(amount) + "(?:[.,]0+)?(?![\\w]|[.,]\\d)")
                .matcher(text)
                .find();
    }

    public static Org organisation(String label) {
        long id = IDS.incrementAndGet();
        String code = "T" + Long.toString(id, 36).toUpperCase();
        String name = label + " " + code;
        update(
                "insert into organisation (id, code, name, status, created_at, version) values (?, ?, ?, "
                        + "'ACTIVE', ?, 0)",
                id,
                code,
                name,
                now());
        return new Org(id, code, name);
    }

    public static User clientUser(Org org, Role role) {
        return user(org.id(), role, (role == Role.CLIENT_ADMIN ? "admin" : "user"));
    }

    public static User staff(Role role) {
        return user(null, role, role == Role.OPS_ADMIN ? "ops" : "am");
    }

    /** A staff member who has not set up an authenticator app yet (the portal asks at the first sign-in). */
    public static User staffWithoutSecondFactor(Role role) {
        User u = staff(role);
        update("update user_account set totp_secret = null, totp_enrolled_at = null where id = ?", u.id());
        return u;
    }

    private static User user(Long organisationId, Role role, String kind) {
        long id = IDS.incrementAndGet();
        String username = kind + "." + Long.toString(id, 36);
        // staff must sign in with a second factor: they get the tests' authenticator secret
        String totp = role.isStaffRole() ? Authenticator.FIXTURE_SECRET : null;
        update(
                "insert into user_account (id, username, display_name, email, role, organisation_id, password_hash,"
                        + " password_change_required, enabled, created_at, version, totp_secret, totp_enrolled_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, false, true, ?, 0, ?, ?)",
                id,
                username,
                "Fixture " + username,
                username + "@fixture.example",
                role.name(),
                organisationId,
                hash(),
                now(),
                totp,
                totp == null ? null : now());
        if (totp != null) {
            Authenticator.register(username, totp);
        }
        return new User(id, username, role, organisationId);
    }

    public static void assign(User manager, Org org) {
        update(
                "insert into account_assignment (id, manager_id, organisation_id, assigned_at) values (?, ?, ?, ?)",
                IDS.incrementAndGet(),
                manager.id(),
                org.id(),
                now());
    }

    public static Contract contract(Org org) {
        long id = IDS.incrementAndGet();
        String number = "C-" + org.code() + "-" + id % 1000;
        update(
                "insert into client_contract (id, organisation_id, contract_number, start_date, end_date, services,"
                        + " monthly_fee, currency, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                id,
                org.id(),
                number,
                java.sql.Date.valueOf(LocalDate.now().minusMonths(1)),
                java.sql.Date.valueOf(LocalDate.now().plusYears(1)),
                "TRANSPORT,WAREHOUSING",
                new java.math.BigDecimal("12345.6700"),
                "EUR");
        return new Contract(id, number);
    }

    /** An on-time-delivery term (95 % per month, from the start of 2026) of the contract; returns its id. */
    public static long slaTerm(Org org, Contract contract) {
        long id = IDS.incrementAndGet();
        update(
                "insert into sla_term (id, contract_id, organisation_id, kpi, target, period_kind, "
                        + "scope_kind, tolerance_minutes,"
                        + " effective_from, recorded_by_kind, recorded_by_id, recorded_by, recorded_at)"
                        + " values (?, ?, ?, 'ON_TIME_DELIVERY', 95, 'MONTH', 'ALL', 0, ?, " + BY_FIXTURES + ", ?)",
                id,
                contract.id(),
                org.id(),
                java.sql.Date.valueOf(LocalDate.of(2026, 1, 1)),
                now());
        return id;
    }

    /** A breach entry of the term (on-time delivery 80 against 95 in October 2026); returns its id. */
    public static long slaBreach(Org org, long term) {
        long id = IDS.incrementAndGet();
        update(
                "insert into sla_breach (id, term_id, period_start, period_end, organisation_id, kpi, "
                        + "actual, target, opened_at, version)"
                        + " values (?, ?, date '2026-10-01', date '2026-10-31', ?, 'ON_TIME_DELIVERY', 80, "
                        + "95, current_timestamp, 0)",
                id,
                term,
                org.id());
        return id;
    }

    /** A filed billing dispute of the organisation under a standard-like procedure; returns its id. */
    public static long dispute(Org org, Contract contract) {
        long procedure = IDS.incrementAndGet();
        update(
                "insert into dispute_procedure (id, contract_id, organisation_id, kinds, "
                        + "filing_window_days, acknowledge_days,"
                        + " resolve_days, business_days, reopen_window_days, effective_from, "
                        + "recorded_by_kind, recorded_by_id, recorded_by,"
                        + " recorded_at) values (?, ?, ?, "
                        + "'BILLING,DELAY_OR_SLA,LOSS_OR_DAMAGE,SERVICE_COMPLAINT', 270, 30, 120, false, 30, ?, "
                        + BY_FIXTURES + ", ?)",
                procedure,
                contract.id(),
                org.id(),
                java.sql.Date.valueOf(LocalDate.of(2026, 1, 1)),
                now());
        update(
                "insert into dispute_ladder_level (procedure_id, position, level_name, time_limit_days) "
                        + "values (?, 0, 'Operations', 14)," + " (?, 1, 'Management', 0)",
                procedure,
                procedure);
        long id = IDS.incrementAndGet();
        update(
                "insert into dispute (id, claim_number, organisation_id, procedure_id, kind, "
                        + "amount_claimed, currency, description, state,"
                        + " ladder_level, level_since, filed_on, acknowledge_by, resolve_by, version)"
                        + " values (?, ?, ?, ?, 'BILLING', 100, 'EUR', ?, 'FILED', 0, current_date, "
                        + "current_date, current_date + 30,"
                        + " current_date + 120, 0)",
                id,
                "CL-FX-" + id,
                org.id(),
                procedure,
                "Dispute of " + org.code());
        return id;
    }

    // --- billing ---

    public record Invoice(long id, String number, long freightLine, long storageLine) {}

    /**
     * An invoice of the organisation in EUR issued today: line 1 freight of 1,000.00 for the shipment, line 2 storage
     * of 250.00; the 3PL's cost 900.00.
     */
    public static Invoice invoice(Org org, Shipment shipment) {
        long id = IDS.incrementAndGet();
        String number = "INV-" + org.code() + "-" + id % 100000;
        update(
                "insert into invoice (id, organisation_id, invoice_number, issued_on, due_on, currency, "
                        + "total_amount, cost_amount,"
                        + " source_system, received_at, version) values (?, ?, ?, current_date, "
                        + "current_date + 30, 'EUR', 1250, 900, 'fixtures', ?, 0)",
                id,
                org.id(),
                number,
                now());
        long freight = IDS.incrementAndGet();
        long storage = IDS.incrementAndGet();
        update(
                "insert into invoice_line (id, invoice_id, organisation_id, line_no, charge_type, "
                        + "description, shipment_id, amount)"
                        + " values (?, ?, ?, 1, 'FREIGHT', 'Freight Shanghai → Hamburg', ?, 1000), (?, ?, "
                        + "?, 2, 'STORAGE', 'Storage, 10 pallets', null, 250)",
                freight,
                id,
                org.id(),
                shipment == null ? null : shipment.id(),
                storage,
                id,
                org.id());
        return new Invoice(id, number, freight, storage);
    }

    /**
     * A billing dispute about the invoice's freight line, settled for {@code amount} EUR with a credit note; returns
     * the credit note's number.
     */
    public static String settledDispute(Org org, Contract contract, Invoice invoice, String amount) {
        long id = dispute(org, contract);
        String note = "CN-FX-" + id;
        update(
                "update dispute set state = 'SETTLED', settled_amount = cast(? as numeric), "
                        + "credit_note_number = ? where id = ?",
                amount,
                note,
                id);
        update(
                "insert into dispute_invoice_line (dispute_id, invoice_line_id) values (?, ?)",
                id,
                invoice.freightLine());
        return note;
    }

    /** An API key of the organisation, or of a 3PL integration when {@code org} is null. */
    public static Key apiKey(Org org, ApiScope... scopes) {
        long id = IDS.incrementAndGet();
        ApiKey key = ApiKey.generate();
        String scopeList = Arrays.stream(scopes).map(Enum::name).sorted().collect(Collectors.joining(","));
        update(
                "insert into api_credential (id, organisation_id, name, key_prefix, key_digest, scopes, "
                        + "created_by_kind, created_by_id,"
                        + " created_by, created_at, version) values (?, ?, ?, ?, ?, ?, " + BY_FIXTURES + ", ?, 0)",
                id,
                org == null ? null : org.id(),
                "Fixture key " + id,
                key.prefix(),
                key.digest(),
                scopeList,
                now());
        return new Key(id, key.value(), key.prefix());
    }

    public record Shipment(long id, String reference) {}

    /** A shipment with its plan only (no events yet); {@code pickup} sets the planned pick-up. */
    public static Shipment shipment(Org org, String reference, java.time.Instant pickup) {
        long id = IDS.incrementAndGet();
        Timestamp p = Timestamp.from(pickup);
        Timestamp d = Timestamp.from(pickup.plus(java.time.Duration.ofDays(2)));
        update(
                "insert into shipment (id, organisation_id, client_reference, shipment_number, origin, "
                        + "destination, lane,"
                        + " transport_mode, service_level, pickup_from, pickup_to, delivery_from, "
                        + "delivery_to, ordered_quantity,"
                        + " status, has_exception, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, 'Shanghai', 'Hamburg', 'Shanghai → Hamburg', 'SEA', "
                        + "'STANDARD', ?, ?, ?, ?, 5,"
                        + " 'BOOKED', false, ?, ?, 0)",
                id,
                org.id(),
                reference,
                "N-" + reference,
                p,
                p,
                d,
                d,
                now(),
                now());
        return new Shipment(id, reference);
    }

    public record Webhook(long subscription, long delivery) {}

    /**
     * A webhook subscription of the organisation (to an address that never resolves) with one TEST event delivered to
     * it.
     */
    public static Webhook webhook(Org org) {
        long subscription = IDS.incrementAndGet();
        update(
                "insert into webhook_subscription (id, organisation_id, url, event_types, secret, state, "
                        + "consecutive_failures, created_at, created_by_kind, created_by_id, created_by, version)"
                        + " values (?, ?, ?, 'SHIPMENT_STATUS_CHANGED', ?, 'ACTIVE', 0, ?, " + BY_FIXTURES + ", 0)",
                subscription,
                org.id(),
                "https://" + org.code().toLowerCase() + ".receiver.invalid/hooks",
                "whsec_MDEyMzQ1Njc4OWFiY2RlZmdoaWprbG1u",
                now());
        long event = IDS.incrementAndGet();
        update(
                "insert into webhook_event (id, message_id, organisation_id, event_type, occurred_at, body)"
                        + " values (?, ?, ?, 'TEST', ?, ?)",
                event,
                "msg_fixture" + event,
                org.id(),
                now(),
                "{\"id\":\"msg_fixture" + event + "\",\"type\":\"TEST\",\"data\":{\"secret\":\"" + org.code() + "\"}}");
        long delivery = IDS.incrementAndGet();
        update(
                "insert into webhook_delivery (id, subscription_id, event_id, ordering_key, state, attempts, failures,"
                        + " created_at, attempts_from, next_attempt_at, last_status, delivered_at)"
                        + " values (?, ?, ?, 'test', 'DELIVERED', 1, 0, ?, ?, ?, 200, ?)",
                delivery,
                subscription,
                event,
                now(),
                now(),
                now(),
                now());
        return new Webhook(subscription, delivery);
    }

    /**
     * A dispute procedure for the contract that the 3PL proposed (signed by ops.admin) and the client has not answered
     * yet; returns its id.
     */
    public static long procedureProposal(Org org, Contract contract) {
        long id = IDS.incrementAndGet();
        update(
                "insert into dispute_procedure (id, contract_id, organisation_id, kinds, filing_window_days,"
                        + " acknowledge_days, resolve_days, business_days, reopen_window_days, effective_from,"
                        + " recorded_by, recorded_at, agreement, proposed_by_side, provider_signed_by,"
                        + " provider_signed_at, version) values (?, ?, ?, 'BILLING', 30, 5, 20, false, 5, current_date,"
                        + " 'ops.admin', ?, 'PROPOSED', 'PROVIDER', 'ops.admin', ?, 0)",
                id,
                contract.id(),
                org.id(),
                now(),
                now());
        update(
                "insert into dispute_ladder_level (procedure_id, position, level_name, time_limit_days)"
                        + " values (?, 0, 'Operations', 0)",
                id);
        return id;
    }

    /** A credit note of 10 EUR issued to the organisation for a settled dispute about the invoice; returns its id. */
    public static long adjustment(Org org, Invoice invoice) {
        long id = IDS.incrementAndGet();
        update(
                "insert into billing_adjustment (id, organisation_id, adjustment_number, cause, cause_key, direction,"
                        + " currency, total, issued_on, invoice_id, created_at)"
                        + " values (?, ?, ?, 'DISPUTE_SETTLEMENT', ?, 'CREDIT', 'EUR', 10, current_date, ?, ?)",
                id,
                org.id(),
                "CN-F-" + id % 1000000,
                "fixture:" + id,
                invoice.id(),
                now());
        update(
                "insert into billing_adjustment_line (adjustment_id, line_no, description, amount)"
                        + " values (?, 0, ?, 10)",
                id,
                "CN-" + org.code()); // a text stored before lines were messages: read back as written
        return id;
    }

    /** A stored proof-of-delivery document (a tiny PDF) for the shipment. */
    public static void podDocument(Shipment shipment) {
        update(
                "insert into pod_document (shipment_id, file_name, content_type, content) values (?, "
                        + "'pod.pdf', 'application/pdf', ?)",
                shipment.id(),
                "%PDF-1.4 fixture".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /**
     * A weekly report schedule of {@code owner}, due now: {@code kind} ({@code SHIPMENTS}, {@code SLA_PERIOD},
     * {@code DISPUTE_STATISTICS}) of {@code org} (or none) under {@code filter}, in {@code format}, {@code language}
     * ({@code EN}, {@code ZH_CN}) and {@code delivery} ({@code ATTACHMENT}, {@code LINK}); returns its id.
     */
    public static long reportSchedule(
            User owner,
            String title,
            String kind,
            Org org,
            String filter,
            String format,
            String language,
            String delivery) {
        long id = IDS.incrementAndGet();
        update(
                "insert into report_schedule (id, owner_id, title, kind, organisation_id, filter, format, language,"
                        + " delivery, frequency, day_of_week, time_of_day, time_zone, state, next_run_at, created_at,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'WEEKLY', 'MONDAY', time '07:00',"
                        + " 'Asia/Shanghai', 'ACTIVE', ?, ?, 0)",
                id,
                owner.id(),
                title,
                kind,
                org == null ? null : org.id(),
                filter,
                format,
                language,
                delivery,
                now(),
                now());
        return id;
    }

    /** A kept report file of {@code owner}, downloadable for a day; returns its token. */
    public static String reportFile(User owner) {
        String token = "fx" + Long.toHexString(IDS.incrementAndGet()) + Long.toHexString(System.nanoTime());
        update(
                "insert into report_file (id, token, owner_id, file_name, content_type, content, created_at,"
                        + " expires_at) values (?, ?, ?, 'shipments.csv', 'text/csv; charset=UTF-8', ?, ?, ?)",
                IDS.incrementAndGet(),
                token,
                owner.id(),
                "reference\nFIXTURE-REPORT\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                now(),
                Timestamp.from(Instant.now().plus(java.time.Duration.ofDays(1))));
        return token;
    }

    public static void suspend(Org org) {
        update("update organisation set status = 'SUSPENDED', version = version + 1 where id = ?", org.id());
    }

    public static void disable(User user) {
        update("update user_account set enabled = false, version = version + 1 where id = ?", user.id());
    }

    public static void revoke(Key key) {
        update("update api_credential set revoked_at = ? where id = ?", now(), key.id());
    }

    // --- relationship ---

    /** An open satisfaction survey of the organisation, due in two weeks; returns its id. */
    public static long survey(Org org) {
        long id = IDS.incrementAndGet();
        update(
                "insert into satisfaction_survey (id, organisation_id, title, sent_by_kind, sent_by_id, "
                        + "sent_by, sent_at, due_on, state, version)" + " values (?, ?, ?, " + BY_FIXTURES
                        + ", ?, current_date + 14, 'OPEN', 0)",
                id,
                org.id(),
                "Survey of " + org.code(),
                now());
        return id;
    }

    /** An open proposal to move the organisation from TRANSACTIONAL to PREFERRED; returns its id. */
    public static long tierProposal(Org org) {
        long id = IDS.incrementAndGet();
        update(
                "insert into tier_proposal (id, organisation_id, from_tier, to_tier, reason, "
                        + "proposed_by_kind, proposed_by_id, proposed_by,"
                        + " proposed_at, state, version) values (?, ?, 'TRANSACTIONAL', 'PREFERRED', ?, " + BY_FIXTURES
                        + ", ?, 'PROPOSED', 0)",
                id,
                org.id(),
                "Proposal for " + org.code(),
                now());
        return id;
    }

    /** An open contact reminder for the organisation's account managers; returns its id. */
    public static long accountTask(Org org) {
        long id = IDS.incrementAndGet();
        update(
                "insert into account_task (id, organisation_id, kind, occasion, title, detail, due_on, "
                        + "created_at, state, version)"
                        + " values (?, ?, 'CONTACT_DUE', ?, ?, 'fixture', current_date + 7, ?, 'OPEN', 0)",
                id,
                org.id(),
                "fx-" + id,
                "Contact " + org.code(),
                now());
        return id;
    }

    public static int update(String sql, Object... args) {
        try (Connection c = EmbeddedPostgresSession.dataSource().getConnection();
                PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Rows as column → value maps, read in a connection (and transaction) of their own. */
    public static List<Map<String, Object>> query(String sql, Object... args) {
        try (Connection c = EmbeddedPostgresSession.dataSource().getConnection();
                PreparedStatement ps = prepare(c, sql, args);
                ResultSet rs = ps.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= n; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static Map<String, Object> single(String sql, Object... args) {
        List<Map<String, Object>> rows = query(sql, args);
        if (rows.size() != 1) {
            throw new AssertionError("Expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.get(0);
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static String hash() {
        if (passwordHash == null) {
            passwordHash =
                    new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.DEFAULT_ITERATIONS).hash(PASSWORD.toCharArray());
        }
        return passwordHash;
    }
}
