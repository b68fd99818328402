package org.threepl.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.threepl.portal.application.PasswordHasher;
import org.threepl.portal.domain.model.account.AccountAssignment;
import org.threepl.portal.domain.model.account.ApiCredential;
import org.threepl.portal.domain.model.account.ApiKey;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.EmailAddress;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;
import org.threepl.portal.domain.model.account.Role;
import org.threepl.portal.domain.model.account.ServiceType;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.account.Username;
import org.threepl.portal.domain.model.shared.DateRange;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.sla.BonusMalus;
import org.threepl.portal.domain.model.sla.Kpi;
import org.threepl.portal.domain.model.sla.MeasurementPeriod;
import org.threepl.portal.domain.model.sla.SlaScope;
import org.threepl.portal.domain.model.sla.SlaTerm;

/**
 * The demo 3PL's clients, staff and API keys: loaded only on the embedded default. The logins and keys are listed in
 * README.md, so they are public: never enable demo data on a real installation.
 */
@ApplicationScoped
public class DemoData {

    /** Every demo user's password (listed in README.md). */
    public static final String PASSWORD = "demo-password-2026";

    public static final String ACME_KEY = "tpl_acmedemo01_DemoKeyForAcmeRetailReadWriteNotForProd1";
    public static final String NORDWIND_KEY = "tpl_nordwdemo1_DemoKeyForNordwindFoodsReadWriteNotProd2";
    public static final String HUAXIA_KEY = "tpl_huaxiademo_DemoKeyForHuaxiaElectronicsReadOnlyProd3";
    public static final String INTEGRATION_KEY = "tpl_tpldemoint_DemoKeyForTheThreePLIntegrationNotProd04";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    DemoShipments shipments;

    @Inject
    DemoInvoices invoices;

    @Inject
    DemoDisputes disputes;
    // --- relationship ---
    @Inject
    DemoClientActivity activity;

    @Inject
    DemoRelationships relationships;

    @Inject
    DemoWinBack winBack;

    @Inject
    DemoLoyalty loyalty;

    private DemoActors actors;

    void load() {
        Instant now = clock.instant();
        Map<String, String> hashes = hashes(
                "ops.admin",
                "am.lee",
                "am.schmidt",
                "acme.admin",
                "acme.user",
                "nordwind.admin",
                "nordwind.user",
                "huaxia.admin",
                "huaxia.user");

        staff("ops.admin", "Olivia Ops", Role.OPS_ADMIN, hashes, now);
        UserAccount lee = staff("am.lee", "Li Wei (account manager)", Role.ACCOUNT_MANAGER, hashes, now);
        UserAccount schmidt = staff("am.schmidt", "Jonas Schmidt (account manager)", Role.ACCOUNT_MANAGER, hashes, now);

        Organisation acme = organisation("ACME", "Acme Retail Ltd", now);
        Organisation nordwind = organisation("NORDWIND", "Nordwind Foods GmbH", now);
        Organisation huaxia = organisation("HUAXIA", "Huaxia Electronics Co., Ltd.", now);

        client(acme, "acme.admin", "Alice Admin (Acme)", Role.CLIENT_ADMIN, hashes, now);
        client(acme, "acme.user", "Adam User (Acme)", Role.CLIENT_USER, hashes, now);
        client(nordwind, "nordwind.admin", "Nina Admin (Nordwind)", Role.CLIENT_ADMIN, hashes, now);
        client(nordwind, "nordwind.user", "Niklas User (Nordwind)", Role.CLIENT_USER, hashes, now);
        client(huaxia, "huaxia.admin", "Zhang Min (Huaxia admin)", Role.CLIENT_ADMIN, hashes, now);
        client(huaxia, "huaxia.user", "Wang Fang (Huaxia user)", Role.CLIENT_USER, hashes, now);

        em.persist(new AccountAssignment(lee, acme, now));
        em.persist(new AccountAssignment(lee, huaxia, now));
        em.persist(new AccountAssignment(schmidt, nordwind, now));
        actors = new DemoActors(em); // what the demo users did names them by their accounts

        LocalDate today = LocalDate.now(clock);
        ClientContract acmeContract = new ClientContract(
                acme,
                "C-ACME-2025-01",
                new DateRange(today.minusMonths(14), today.plusMonths(22)),
                EnumSet.of(ServiceType.WAREHOUSING, ServiceType.TRANSPORT, ServiceType.RETURNS),
                Money.of("48500.00", "GBP"));
        ClientContract nordwindContract = new ClientContract(
                nordwind,
                "C-NORD-2024-07",
                new DateRange(today.minusMonths(28), today.plusMonths(8)),
                EnumSet.of(ServiceType.TRANSPORT, ServiceType.VALUE_ADDED_SERVICES),
                Money.of("31200.00", "EUR"));
        ClientContract huaxiaContract = new ClientContract(
                huaxia,
                "C-HUAX-2026-02",
                new DateRange(today.minusMonths(3), null),
                EnumSet.of(ServiceType.FREIGHT_FORWARDING, ServiceType.CUSTOMS_BROKERAGE, ServiceType.WAREHOUSING),
                Money.of("260000.00", "CNY"));
        em.persist(acmeContract);
        em.persist(nordwindContract);
        em.persist(huaxiaContract);
        em.flush();
        slaTerms(acmeContract, nordwindContract, huaxiaContract, today.minusYears(2), now);

        key(acme, "acme.admin", "Acme ERP (demo)", ACME_KEY, EnumSet.of(ApiScope.READ, ApiScope.WRITE), now);
        key(
                nordwind,
                "nordwind.admin",
                "Nordwind TMS (demo)",
                NORDWIND_KEY,
                EnumSet.of(ApiScope.READ, ApiScope.WRITE),
                now);
        key(huaxia, "huaxia.admin", "Huaxia reporting (demo, read only)", HUAXIA_KEY, EnumSet.of(ApiScope.READ), now);
        em.persist(ApiCredential.forProviderIntegration(
                "3PL WMS integration (demo)",
                demoKey(INTEGRATION_KEY),
                EnumSet.of(ApiScope.READ, ApiScope.WRITE),
                actors.user("ops.admin"),
                now));
        em.flush();

        shipments.load(acme.id(), "ACME", 1500, "GBP", now, 1L);
        shipments.load(nordwind.id(), "NORD", 800, "EUR", now, 2L);
        shipments.load(huaxia.id(), "HUAX", 1000, "CNY", now, 3L);

        // --- billing (disputes): monthly invoices derived from the shipments, at a margin of each client's own ---
        invoices.load(
                acme.id(),
                "ACME",
                "GBP",
                acmeContract.id(),
                acmeContract.term().start(),
                new DemoInvoices.Profile(
                        new BigDecimal("0.86"),
                        new BigDecimal("0.125"),
                        new BigDecimal("0.18"),
                        180,
                        0,
                        0,
                        new BigDecimal("0.015")),
                now,
                11L);
        invoices.load(
                nordwind.id(),
                "NORD",
                "EUR",
                nordwindContract.id(),
                nordwindContract.term().start(),
                new DemoInvoices.Profile(
                        BigDecimal.ONE, new BigDecimal("0.11"), new BigDecimal("0.09"), 0, 1800, 0, BigDecimal.ZERO),
                now,
                12L);
        invoices.load(
                huaxia.id(),
                "HUAX",
                "CNY",
                huaxiaContract.id(),
                huaxiaContract.term().start(),
                new DemoInvoices.Profile(
                        new BigDecimal("7.8"),
                        new BigDecimal("0.095"),
                        new BigDecimal("0.24"),
                        120,
                        0,
                        40,
                        BigDecimal.ZERO),
                now,
                13L);
        disputes.load(acme, acmeContract, nordwind, nordwindContract, huaxia, huaxiaContract, now);
        // --- relationship ---
        activity.load(acme, nordwind, huaxia, now);
        relationships.load(acme, nordwind, huaxia, now);
        winBack.load(schmidt, now);
        loyalty.load(lee, schmidt, hashes.get("acme.user"), now);
    }

    /**
     * The demo contracts' service levels: Acme with money attached and a target raised three months ago (a second
     * version of the term), Nordwind weekly, Huaxia for its express shipments.
     */
    private void slaTerms(
            ClientContract acme, ClientContract nordwind, ClientContract huaxia, LocalDate from, Instant now) {
        BonusMalus bands =
                new BonusMalus(new BigDecimal("98"), new BigDecimal("2"), new BigDecimal("95"), new BigDecimal("5"));
        LocalDate raised = LocalDate.now(clock).minusMonths(3).withDayOfMonth(1);
        term(acme, Kpi.ON_TIME_DELIVERY, "95", MeasurementPeriod.MONTH, SlaScope.ALL, 30, bands, from, now);
        term(acme, Kpi.ON_TIME_DELIVERY, "96", MeasurementPeriod.MONTH, SlaScope.ALL, 30, bands, raised, now);
        term(acme, Kpi.IN_FULL, "98", MeasurementPeriod.MONTH, SlaScope.ALL, 0, null, from, now);
        term(acme, Kpi.OTIF, "92", MeasurementPeriod.MONTH, SlaScope.ALL, 30, null, from, now);
        term(acme, Kpi.DAMAGE_FREE, "99.5", MeasurementPeriod.MONTH, SlaScope.ALL, 0, null, from, now);
        term(acme, Kpi.ON_TIME_PICKUP, "97", MeasurementPeriod.MONTH, SlaScope.ALL, 60, null, from, now);
        term(
                nordwind,
                Kpi.ON_TIME_DELIVERY,
                "94",
                MeasurementPeriod.WEEK,
                SlaScope.ALL,
                60,
                new BonusMalus(null, null, new BigDecimal("90"), new BigDecimal("3")),
                from,
                now);
        term(nordwind, Kpi.PERFECT_ORDER, "85", MeasurementPeriod.MONTH, SlaScope.ALL, 60, null, from, now);
        term(
                huaxia,
                Kpi.ON_TIME_DELIVERY,
                "97",
                MeasurementPeriod.MONTH,
                SlaScope.serviceLevel("EXPRESS"),
                0,
                bands,
                from,
                now);
        term(huaxia, Kpi.IN_FULL, "99", MeasurementPeriod.MONTH, SlaScope.ALL, 0, null, from, now);
    }

    private void term(
            ClientContract contract,
            Kpi kpi,
            String target,
            MeasurementPeriod period,
            SlaScope scope,
            int tolerance,
            BonusMalus bands,
            LocalDate from,
            Instant now) {
        em.persist(new SlaTerm(
                contract.id(),
                contract.organisation().id(),
                kpi,
                new BigDecimal(target),
                period,
                scope,
                tolerance,
                bands,
                from,
                actors.user("ops.admin"),
                now));
    }

    /** PBKDF2 at 600,000 iterations is slow by design: hash the demo users on all cores at once. */
    private Map<String, String> hashes(String... usernames) {
        Map<String, String> result = new ConcurrentHashMap<>();
        java.util.Arrays.stream(usernames).parallel().forEach(u -> result.put(u, hasher.hash(PASSWORD.toCharArray())));
        return new LinkedHashMap<>(result);
    }

    /**
     * The demo staff's authenticator seeds (staff sign in with a second factor). Public like the passwords (README):
     * add one to an authenticator app, or compute codes with any TOTP tool.
     */
    static final Map<String, String> STAFF_TOTP_SEEDS = Map.of(
            "ops.admin", "OPSADMINDEMOSEEDTOTPKEYAAAAAAAAA",
            "am.lee", "AMLEEDEMOSEEDTOTPKEYBBBBBBBBBBBB",
            "am.schmidt", "AMSCHMIDTDEMOSEEDTOTPKEYCCCCCCCC");

    private UserAccount staff(String username, String name, Role role, Map<String, String> hashes, Instant now) {
        UserAccount u = UserAccount.staffMember(
                Username.of(username),
                name,
                EmailAddress.of(username + "@demo-3pl.example"),
                role,
                hashes.get(username),
                now);
        u.provisionSecondFactor(STAFF_TOTP_SEEDS.get(username), now);
        em.persist(u);
        return u;
    }

    private void client(
            Organisation org, String username, String name, Role role, Map<String, String> hashes, Instant now) {
        em.persist(UserAccount.clientUser(
                org,
                Username.of(username),
                name,
                EmailAddress.of(username + "@" + org.code().value().toLowerCase() + ".example"),
                role,
                hashes.get(username),
                now));
    }

    private Organisation organisation(String code, String name, Instant now) {
        Organisation o = new Organisation(OrganisationCode.of(code), name, now);
        em.persist(o);
        return o;
    }

    /** A client's key, issued by its administrator (as the portal has client admins issue them). */
    private void key(Organisation org, String admin, String name, String key, EnumSet<ApiScope> scopes, Instant now) {
        em.persist(ApiCredential.forOrganisation(org, name, demoKey(key), scopes, actors.user(admin), now));
    }

    private static ApiKey demoKey(String key) {
        return ApiKey.parse(key).orElseThrow(() -> new IllegalStateException("Malformed demo key " + key));
    }
}
