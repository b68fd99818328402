package org.threepl.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.relationship.ClientTier;
import org.threepl.portal.domain.model.relationship.ContactKind;
import org.threepl.portal.domain.model.relationship.ContactLogEntry;
import org.threepl.portal.domain.model.relationship.RelationshipFacts;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.SatisfactionSurvey;
import org.threepl.portal.domain.model.relationship.SurveyAnswer;
import org.threepl.portal.domain.model.relationship.SurveyDimension;
import org.threepl.portal.domain.model.relationship.TierHistoryEntry;
import org.threepl.portal.domain.model.relationship.TierProposal;
import org.threepl.portal.domain.model.shared.Money;

/**
 * The demo clients' relationships, three different stories:
 *
 * <ul>
 *   <li><b>Acme Retail</b>, a strategic partner for eight months: integrated through the API since the contract began,
 *       monthly calls and quarterly business reviews with am.lee, dedicated pick faces in Tilbury, an exit fee, a
 *       highly satisfied survey;
 *   <li><b>Nordwind Foods</b>, preferred for twenty months but cooling: its last business review is overdue and its
 *       latest survey says dissatisfied with invoicing and communication;
 *   <li><b>Huaxia Electronics</b>, new and transactional: a kick-off visit, a survey waiting for its administrator's
 *       answer.
 * </ul>
 *
 * How the clients use the portal is {@link DemoClientActivity}'s. The figures (switching cost, segments, lifetime
 * value, lifecycle, recommendations) are computed from these and the demo history by the scheduled job, two minutes
 * after the start.
 */
@ApplicationScoped
class DemoRelationships {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    private DemoActors actors;

    void load(Organisation acme, Organisation nordwind, Organisation huaxia, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        RelationshipSettings settings = em.find(RelationshipSettings.class, 1);
        actors = new DemoActors(em);

        // tiers and their history
        tier(
                acme,
                settings,
                "am.lee",
                List.of(
                        new Step(
                                "PREFERRED",
                                400,
                                "Integrated through the API from day one; volumes above plan",
                                "Meets every rule"),
                        new Step(
                                "STRATEGIC_PARTNER",
                                240,
                                "Dedicated pick faces in Tilbury; quarterly reviews; our largest retail account",
                                "Agreed at the partner board")),
                now);
        tier(
                nordwind,
                settings,
                "am.schmidt",
                List.of(new Step(
                        "PREFERRED", 600, "Two years of steady weekly volumes", "Good performance and satisfaction")),
                now);
        tier(huaxia, settings, "am.lee", List.of(), now);

        // contact logs
        for (int m = 0; m < 7; m++) {
            contact(
                    acme,
                    ContactKind.CALL,
                    today.minusDays(12 + 30L * m),
                    "Ms Harper (logistics director)",
                    m == 0
                            ? "Peak season plan: extra returns capacity for January"
                            : "Monthly operations call: volumes, returns, open disputes",
                    m == 0 ? "Confirm January returns staffing" : null,
                    m == 0 ? today.plusDays(10) : null,
                    "am.lee",
                    now,
                    today);
        }
        for (int q = 0; q < 4; q++) {
            contact(
                    acme,
                    ContactKind.BUSINESS_REVIEW,
                    today.minusDays(30 + 91L * q),
                    "Ms Harper, Mr Osei (finance)",
                    "Quarterly business review: KPIs against targets, cost-to-serve, next quarter's promotions",
                    null,
                    null,
                    "am.lee",
                    now,
                    today);
        }
        contact(
                acme,
                ContactKind.VISIT,
                today.minusDays(75),
                "Mr Osei (finance)",
                "Site visit to Tilbury with their finance team",
                null,
                null,
                "am.lee",
                now,
                today);
        for (int m = 0; m < 5; m++) {
            contact(
                    nordwind,
                    ContactKind.CALL,
                    today.minusDays(9 + 40L * m),
                    "Frau Becker (supply chain)",
                    m == 0
                            ? "Invoice corrections discussed; they want one consolidated monthly invoice"
                            : "Operations call: weekly volumes and cold chain",
                    m == 0 ? "Propose a consolidated invoice format" : null,
                    m == 0 ? today.plusDays(14) : null,
                    "am.schmidt",
                    now,
                    today);
        }
        contact(
                nordwind,
                ContactKind.BUSINESS_REVIEW,
                today.minusDays(200),
                "Frau Becker, Herr Adler (CFO)",
                "Half-year review: on-time delivery above target, invoicing errors a concern",
                null,
                null,
                "am.schmidt",
                now,
                today);
        contact(
                nordwind,
                ContactKind.CARE_ACTION,
                today.minusDays(20),
                "Frau Becker",
                "Credit note and apology for three mis-billed pallets",
                null,
                null,
                "am.schmidt",
                now,
                today);
        contact(
                huaxia,
                ContactKind.VISIT,
                today.minusDays(80),
                "Ms Zhang Min",
                "Kick-off in Shenzhen: customs brokerage flows and reporting",
                "Set up their reporting key",
                today.minusDays(70),
                "am.lee",
                now,
                today);
        contact(
                huaxia,
                ContactKind.CALL,
                today.minusDays(20),
                "Ms Zhang Min",
                "First two months: express lane on time, customs holds explained",
                null,
                null,
                "am.lee",
                now,
                today);

        // facts only the 3PL knows
        facts(
                acme,
                Money.of("120000", "GBP"),
                "Two dedicated pick faces and a returns cell in the Tilbury DC",
                Money.of("180000", "GBP"),
                new BigDecimal("1.5"),
                Money.of("9500", "GBP"),
                "Renewal in 22 months; finance wants cost-to-serve transparency",
                now);
        facts(
                nordwind,
                Money.of("30000", "EUR"),
                null,
                null,
                null,
                null,
                "Price-sensitive; a competitor's quote is expected before the renewal",
                now);

        // surveys: Acme highly satisfied (and more so than half a year ago), Nordwind sliding into dissatisfaction,
        // Huaxia's open
        survey(
                acme,
                "am.lee",
                "Half-year service survey",
                now.minus(220, ChronoUnit.DAYS),
                new int[][] {{6, 6}, {6, 6}, {5, 5}, {6, 6}, {5, 5}},
                "acme.admin",
                "All as agreed",
                today);
        survey(
                acme,
                "am.lee",
                "Annual service survey",
                now.minus(40, ChronoUnit.DAYS),
                new int[][] {{6, 7}, {6, 6}, {5, 6}, {6, 6}, {5, 6}},
                "acme.admin",
                "Returns handling got noticeably faster",
                today);
        survey(
                nordwind,
                "am.schmidt",
                "Half-year service survey",
                now.minus(230, ChronoUnit.DAYS),
                new int[][] {{6, 6}, {7, 7}, {6, 5}, {6, 6}, {5, 5}},
                "nordwind.admin",
                null,
                today);
        survey(
                nordwind,
                "am.schmidt",
                "Annual service survey",
                now.minus(35, ChronoUnit.DAYS),
                new int[][] {{6, 5}, {7, 6}, {6, 5}, {6, 4}, {5, 5}},
                "nordwind.admin",
                "Invoices need too many corrections; updates come late",
                today);
        SatisfactionSurvey open = new SatisfactionSurvey(
                huaxia.id(),
                "First 90 days: how are we doing?",
                today.plusDays(10),
                actors.user("am.lee"),
                now.minus(4, ChronoUnit.DAYS),
                today);
        em.persist(open);
        em.flush();
    }

    private record Step(String tier, int daysAgo, String reason, String approval) {}

    private void tier(Organisation org, RelationshipSettings settings, String manager, List<Step> steps, Instant now) {
        Instant start = now.minus(steps.isEmpty() ? 90 : steps.get(0).daysAgo() + 30L, ChronoUnit.DAYS);
        ClientTier tier = new ClientTier(org.id(), settings.lowestTier(), start);
        em.persist(tier);
        String from = settings.lowestTier().code();
        for (Step s : steps) {
            Instant at = now.minus(s.daysAgo(), ChronoUnit.DAYS);
            TierProposal p = new TierProposal(
                    org.id(), from, s.tier(), s.reason(), actors.user(manager), at.minus(3, ChronoUnit.DAYS));
            em.persist(p);
            p.approve(actors.user("ops.admin"), s.approval(), at);
            em.flush();
            tier.change(p, settings.tier(s.tier()).orElseThrow(), at);
            em.persist(TierHistoryEntry.of(p));
            from = s.tier();
        }
    }

    /** A contact logged by {@code by}; also for the loyalty stories of {@link DemoLoyalty}, after {@link #load}. */
    void contact(
            Organisation org,
            ContactKind kind,
            LocalDate on,
            String person,
            String summary,
            String next,
            LocalDate due,
            String by,
            Instant now,
            LocalDate today) {
        em.persist(new ContactLogEntry(
                org.id(),
                kind,
                on,
                person,
                summary,
                next,
                due,
                actors.user(by),
                on.atTime(15, 0).toInstant(ZoneOffset.UTC),
                today));
    }

    void facts(
            Organisation org,
            Money exitFee,
            String assets,
            Money assetsValue,
            BigDecimal discount,
            Money accruedRebates,
            String note,
            Instant now) {
        RelationshipFacts f = new RelationshipFacts(org.id());
        f.record(exitFee, assets, assetsValue, discount, accruedRebates, note, actors.user("ops.admin"), now);
        em.persist(f);
    }

    /** A survey the client's account manager sent, answered by {@code by} three days later. */
    void survey(
            Organisation org,
            String manager,
            String title,
            Instant sent,
            int[][] answers,
            String by,
            String comment,
            LocalDate today) {
        LocalDate sentOn = LocalDate.ofInstant(sent, ZoneOffset.UTC);
        SatisfactionSurvey s =
                new SatisfactionSurvey(org.id(), title, sentOn.plusDays(14), actors.user(manager), sent, sentOn);
        SurveyDimension[] d = SurveyDimension.values();
        List<SurveyAnswer> given = new java.util.ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            given.add(new SurveyAnswer(d[i], answers[i][0], answers[i][1]));
        }
        s.answer(given, comment, actors.user(by), sent.plus(3, ChronoUnit.DAYS));
        em.persist(s);
    }
}
