package org.threepl.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
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
import org.threepl.portal.domain.model.relationship.ContactKind;
import org.threepl.portal.domain.model.shared.DateRange;
import org.threepl.portal.domain.model.shared.Money;

/**
 * Four smaller demo clients whose data gives each loyalty type the portal reads that the three main clients do not show
 * (Acme reads interest, Nordwind and Huaxia not determined):
 *
 * <ul>
 *   <li><b>Alpine Pharma</b>, a client for over three years and satisfied: <i>trust</i>;
 *   <li><b>Lumen Retail</b>, seven months in and satisfied, little binding it yet: <i>potential</i>;
 *   <li><b>Danube Steel</b>, bound by an exit fee, a dedicated hall, rebates, integrations and a long-standing manager,
 *       yet dissatisfied: <i>inertia at risk</i>;
 *   <li><b>Rhein Chemie</b>, bound the same way but never surveyed: <i>inertia</i>.
 * </ul>
 *
 * They have contracts, managers, contacts, surveys, recorded facts and API keys, but no shipments or invoices; their
 * users sign in with the demo password. Runs after {@link DemoRelationships#load}, whose helpers it uses.
 */
@ApplicationScoped
class DemoLoyalty {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DemoRelationships relationships;

    @Inject
    DemoClientActivity activity;

    /** {@code passwordHash}: the demo password's hash, reused so that the start-up does not hash again. */
    void load(UserAccount lee, UserAccount schmidt, String passwordHash, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);

        Organisation alpine = client("ALPINE", "Alpine Pharma AG", "alpine.admin", passwordHash, now);
        contract(
                alpine,
                "C-ALP-2023-09",
                today.minusMonths(39),
                today.plusMonths(14),
                "14200.00",
                EnumSet.of(ServiceType.WAREHOUSING, ServiceType.TRANSPORT));
        em.persist(new AccountAssignment(lee, alpine, now.minus(900, ChronoUnit.DAYS)));
        relationships.contact(
                alpine,
                ContactKind.BUSINESS_REVIEW,
                today.minusDays(50),
                "Dr Keller (supply chain)",
                "Annual review: cold-chain audit passed, volumes as planned",
                null,
                null,
                "am.lee",
                now,
                today);
        relationships.survey(
                alpine,
                "am.lee",
                "Annual service survey",
                now.minus(45, ChronoUnit.DAYS),
                new int[][] {{5, 5}, {6, 6}, {5, 5}, {5, 5}, {5, 6}},
                "alpine.admin",
                "Reliable as ever",
                today);

        Organisation lumen = client("LUMEN", "Lumen Retail BV", "lumen.admin", passwordHash, now);
        contract(
                lumen,
                "C-LUM-2026-05",
                today.minusMonths(7),
                today.plusMonths(17),
                "3500.00",
                EnumSet.of(ServiceType.TRANSPORT));
        em.persist(new AccountAssignment(schmidt, lumen, now.minus(200, ChronoUnit.DAYS)));
        relationships.survey(
                lumen,
                "am.schmidt",
                "First service survey",
                now.minus(30, ChronoUnit.DAYS),
                new int[][] {{5, 5}, {5, 5}, {4, 4}, {5, 5}, {5, 5}},
                "lumen.admin",
                "A good start",
                today);

        Organisation danube = client("DANUBE", "Danube Steel GmbH", "danube.admin", passwordHash, now);
        bound(
                danube,
                "danube.admin",
                "C-DAN-2021-10",
                today.minusMonths(62),
                lee,
                "Coil storage hall B in Linz",
                now,
                today);
        relationships.survey(
                danube,
                "am.lee",
                "Annual service survey",
                now.minus(25, ChronoUnit.DAYS),
                new int[][] {{6, 4}, {6, 5}, {5, 4}, {6, 5}, {6, 4}},
                "danube.admin",
                "Late deliveries to the rolling mill, twice this quarter",
                today);

        Organisation rhein = client("RHEIN", "Rhein Chemie AG", "rhein.admin", passwordHash, now);
        bound(
                rhein,
                "rhein.admin",
                "C-RHE-2021-03",
                today.minusMonths(68),
                schmidt,
                "Bonded tank farm at Duisburg",
                now,
                today);
    }

    /** Bound by money, procedures and people: a long contract, recorded facts, two integrations, regular contacts. */
    private void bound(
            Organisation org,
            String admin,
            String number,
            LocalDate start,
            UserAccount manager,
            String assets,
            Instant now,
            LocalDate today) {
        contract(
                org,
                number,
                start,
                today.plusMonths(30),
                "38000.00",
                EnumSet.of(ServiceType.WAREHOUSING, ServiceType.TRANSPORT, ServiceType.VALUE_ADDED_SERVICES));
        em.persist(new AccountAssignment(manager, org, now.minus(1400, ChronoUnit.DAYS)));
        relationships.facts(
                org,
                Money.of("180000", "EUR"),
                assets,
                Money.of("400000", "EUR"),
                new BigDecimal("8"),
                Money.of("60000", "EUR"),
                "Renewal talks start next year",
                now);
        String by = manager.username().toString();
        for (int c = 0; c < 6; c++) {
            relationships.contact(
                    org,
                    ContactKind.CALL,
                    today.minusDays(8 + 13L * c),
                    "Operations director",
                    "Volumes, planning and open issues",
                    null,
                    null,
                    by,
                    now,
                    today);
        }
        for (int q = 0; q < 4; q++) {
            relationships.contact(
                    org,
                    ContactKind.BUSINESS_REVIEW,
                    today.minusDays(20 + 90L * q),
                    "Operations and purchasing directors",
                    "Quarterly business review",
                    null,
                    null,
                    by,
                    now,
                    today);
        }
        for (String system : new String[] {"ERP", "Yard system", "Quality system"}) {
            ApiKey key = ApiKey.generate();
            em.persist(ApiCredential.forOrganisation(
                    org,
                    org.name() + " " + system + " (demo)",
                    key,
                    EnumSet.of(ApiScope.READ, ApiScope.WRITE),
                    new DemoActors(em).user(admin),
                    now));
            em.flush();
            activity.integration(key.value(), now.minus(900, ChronoUnit.DAYS), now.minus(2, ChronoUnit.DAYS));
        }
    }

    private Organisation client(String code, String name, String admin, String passwordHash, Instant now) {
        Organisation org = new Organisation(OrganisationCode.of(code), name, now);
        em.persist(org);
        em.persist(UserAccount.clientUser(
                org,
                Username.of(admin),
                name + " administrator",
                EmailAddress.of(admin + "@" + code.toLowerCase() + ".example"),
                Role.CLIENT_ADMIN,
                passwordHash,
                now));
        em.flush();
        return org;
    }

    private void contract(
            Organisation org, String number, LocalDate from, LocalDate to, String fee, EnumSet<ServiceType> services) {
        em.persist(new ClientContract(org, number, new DateRange(from, to), services, Money.of(fee, "EUR")));
    }
}
