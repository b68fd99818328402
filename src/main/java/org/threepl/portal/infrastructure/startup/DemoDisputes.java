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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.threepl.portal.application.dispute.DisputeRepository;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.billing.ChargeType;
import org.threepl.portal.domain.model.billing.InvoiceLine;
import org.threepl.portal.domain.model.dispute.Change;
import org.threepl.portal.domain.model.dispute.ContestedLines;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeAction;
import org.threepl.portal.domain.model.dispute.DisputeKind;
import org.threepl.portal.domain.model.dispute.DisputeMessage;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.DisputeRecord;
import org.threepl.portal.domain.model.dispute.LadderLevel;
import org.threepl.portal.domain.model.dispute.Side;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.domain.model.shipment.ShipmentStatus;

/**
 * The demo clients' disputes, each at another point of the procedure, taken through the same domain steps the portal
 * takes (so their records, deadlines and credit notes are what real use gives):
 *
 * <ul>
 *   <li><b>Acme Retail</b> (standard procedure, am.lee): a complaint withdrawn and a billing dispute settled with a
 *       credit note months ago; a delay claim in negotiation, the 3PL's offer waiting for Acme's answer; a damage claim
 *       just acknowledged, the 3PL asking for the photos the procedure wants;
 *   <li><b>Huaxia Electronics</b> (standard procedure, am.lee): a customs billing dispute nobody has acknowledged for
 *       over 30 days: overdue in the queue, and escalated by the deadline job;
 *   <li><b>Nordwind Foods</b> (its own procedure in business days, am.schmidt): a delay claim rejected with a reason,
 *       still inside its reopening window, and a new service complaint.
 * </ul>
 *
 * As many disputes filed in the last 90 days as in the 90 before for Acme (no rise); two new ones for Nordwind, whose
 * relationship is cooling.
 */
@ApplicationScoped
class DemoDisputes {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    DisputeRepository disputes;

    private DemoActors actors;

    void load(
            Organisation acme,
            ClientContract acmeContract,
            Organisation nordwind,
            ClientContract nordwindContract,
            Organisation huaxia,
            ClientContract huaxiaContract,
            Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        actors = new DemoActors(em);
        DisputeProcedure acmeProcedure = standard(acme, acmeContract, now);
        DisputeProcedure huaxiaProcedure = standard(huaxia, huaxiaContract, now);
        DisputeProcedure nordwindProcedure = new DisputeProcedure(
                nordwindContract.id(),
                nordwind.id(),
                EnumSet.allOf(DisputeKind.class),
                180,
                10,
                60,
                true,
                20,
                List.of(
                        new LadderLevel("Operations contacts", 10),
                        new LadderLevel("Account management", 10),
                        new LadderLevel(
                                "Managing directors", 15, org.threepl.portal.domain.model.account.Role.OPS_ADMIN),
                        new LadderLevel(
                                "Mediation (Hamburg Chamber of Commerce)",
                                0,
                                org.threepl.portal.domain.model.account.Role.OPS_ADMIN)),
                Map.of(DisputeKind.LOSS_OR_DAMAGE, DisputeProcedure.STANDARD_DAMAGE_EVIDENCE),
                nordwindContract.term().start(),
                actors.user("ops.admin"),
                now.minus(700, ChronoUnit.DAYS));
        disputes.add(nordwindProcedure);

        // --- Acme ---
        Story a0 = file(
                acme,
                acmeProcedure,
                DisputeKind.SERVICE_COMPLAINT,
                Money.of("0.00", "GBP"),
                "Drivers arrive before the agreed 07:00 slot at the Leeds store and block the loading bay.",
                List.of(),
                ContestedLines.none(),
                today.minusDays(170),
                "acme.admin");
        a0.step(a0.dispute.withdraw(Side.CLIENT, a0.day(5)), "acme.admin", Side.CLIENT, 5);

        InvoiceLine fuel = line(acme.id(), ChargeType.FUEL_SURCHARGE, today.minusDays(240), today.minusDays(150));
        Story a1 = fuel == null
                ? null
                : file(
                        acme,
                        acmeProcedure,
                        DisputeKind.BILLING,
                        fuel.amount(),
                        "The fuel surcharge is charged at 12.5 % although the index fell below the "
                                + "contract's threshold this month.",
                        List.of(),
                        new ContestedLines(Set.of(fuel.id()), fuel.amount()),
                        today.minusDays(150),
                        "acme.admin");
        if (a1 != null) {
            a1.step(a1.dispute.acknowledge(Side.PROVIDER), "am.lee", Side.PROVIDER, 2);
            a1.step(a1.dispute.investigate(Side.PROVIDER), "am.lee", Side.PROVIDER, 4);
            Money offered = new Money(
                    fuel.amount().amount().multiply(new BigDecimal("0.6")).setScale(2, java.math.RoundingMode.HALF_UP),
                    fuel.amount().currency());
            a1.step(
                    a1.dispute.offer(Side.PROVIDER, offered, actors.user("am.lee"), a1.at(12)),
                    "am.lee",
                    Side.PROVIDER,
                    12);
            a1.step(
                    a1.dispute.acceptOffer(Side.CLIENT, number("CN", "CREDIT_NOTE", a1.day(15))),
                    "acme.admin",
                    Side.CLIENT,
                    15);
            a1.step(a1.dispute.close(a1.day(20)), "am.lee", Side.PROVIDER, 20);
        }

        List<Long> late = shipments(acme.id(), 2, 30, now);
        Story a2 = file(
                acme,
                acmeProcedure,
                DisputeKind.DELAY_OR_SLA,
                Money.of("480.00", "GBP"),
                "Two store deliveries arrived a day late in the week of the promotion; the stores lost the "
                        + "weekend's sales.",
                late,
                ContestedLines.none(),
                today.minusDays(25),
                "acme.user");
        a2.step(a2.dispute.acknowledge(Side.PROVIDER), "am.lee", Side.PROVIDER, 2);
        a2.step(a2.dispute.investigate(Side.PROVIDER), "am.lee", Side.PROVIDER, 5);
        a2.note("am.lee", "The subcontracted carrier accepts 60 % of the liability; keep the offer within that.", 9);
        a2.step(
                a2.dispute.offer(Side.PROVIDER, Money.of("300.00", "GBP"), actors.user("am.lee"), a2.at(17)),
                "am.lee",
                Side.PROVIDER,
                17);
        a2.message(
                "am.lee",
                Side.PROVIDER,
                "We offer £300.00: the delays are ours, the lost sales are an estimate. Can you accept?",
                17);

        List<Long> damaged = shipments(acme.id(), 1, 5, now);
        Story a3 = file(
                acme,
                acmeProcedure,
                DisputeKind.LOSS_OR_DAMAGE,
                Money.of("1250.00", "GBP"),
                "Four cartons of glassware arrived crushed; the consignee noted it on the delivery receipt.",
                damaged,
                ContestedLines.none(),
                today.minusDays(3),
                "acme.admin");
        a3.step(a3.dispute.acknowledge(Side.PROVIDER), "am.lee", Side.PROVIDER, 1);
        a3.message(
                "am.lee",
                Side.PROVIDER,
                "Thank you. The agreed procedure asks for photos of the damage and the signed delivery receipt"
                        + " before we investigate: please attach them here.",
                1);

        // --- Huaxia: nobody acknowledged it in time ---
        InvoiceLine customs = line(huaxia.id(), ChargeType.CUSTOMS, today.minusDays(75), today.minusDays(33));
        if (customs != null) {
            file(
                    huaxia,
                    huaxiaProcedure,
                    DisputeKind.BILLING,
                    customs.amount(),
                    "Customs clearance is charged twice for the same entry.",
                    List.of(),
                    new ContestedLines(Set.of(customs.id()), customs.amount()),
                    today.minusDays(33),
                    "huaxia.admin");
        }

        // --- Nordwind ---
        Story n1 = file(
                nordwind,
                nordwindProcedure,
                DisputeKind.DELAY_OR_SLA,
                Money.of("2100.00", "EUR"),
                "Chilled deliveries to the Hamburg hub were late three days running.",
                shipments(nordwind.id(), 3, 60, now),
                ContestedLines.none(),
                today.minusDays(50),
                "nordwind.admin");
        n1.step(n1.dispute.acknowledge(Side.PROVIDER), "am.schmidt", Side.PROVIDER, 3);
        n1.step(n1.dispute.investigate(Side.PROVIDER), "am.schmidt", Side.PROVIDER, 6);
        n1.step(
                n1.dispute.reject(
                        Side.PROVIDER,
                        "The hub's dock was closed for repairs on those days (reason code AO: consignee"
                                + " related); the drivers' waiting times are on the timelines.",
                        n1.day(35)),
                "am.schmidt",
                Side.PROVIDER,
                35);
        Story n2 = file(
                nordwind,
                nordwindProcedure,
                DisputeKind.SERVICE_COMPLAINT,
                Money.of("0.00", "EUR"),
                "Invoices reach us two weeks after the month ends; our controlling needs them within five "
                        + "working days.",
                List.of(),
                ContestedLines.none(),
                today.minusDays(6),
                "nordwind.admin");
        n2.message("nordwind.admin", Side.CLIENT, "This is the third month in a row.", 0);
        em.flush();
    }

    private DisputeProcedure standard(Organisation org, ClientContract contract, Instant now) {
        DisputeProcedure p = DisputeProcedure.standard(
                contract.id(), org.id(), contract.term().start(), DisputeProcedure.TEMPLATE, now);
        disputes.add(p);
        return p;
    }

    /** A dispute filed on {@code filedOn}, with its first record. */
    private Story file(
            Organisation org,
            DisputeProcedure procedure,
            DisputeKind kind,
            Money amount,
            String description,
            List<Long> shipmentIds,
            ContestedLines lines,
            LocalDate filedOn,
            String by) {
        Dispute d = new Dispute(
                number("CL", "CLAIM", filedOn),
                org.id(),
                procedure,
                kind,
                amount,
                description,
                shipmentIds,
                lines,
                null,
                filedOn);
        disputes.add(d);
        Story story = new Story(d, filedOn);
        disputes.add(new DisputeRecord(
                d,
                new Change(DisputeAction.FILE, null, d.state(), amount.amount(), 0, description),
                actors.user(by),
                Side.CLIENT,
                story.at(0)));
        return story;
    }

    private String number(String prefix, String counter, LocalDate day) {
        return String.format(Locale.ROOT, "%s-%d-%06d", prefix, day.getYear(), disputes.next(counter, day.getYear()));
    }

    /** The organisation's latest invoice line of a charge type issued in [from, to], or null. */
    private InvoiceLine line(Long organisationId, ChargeType type, LocalDate from, LocalDate to) {
        return em
                .createQuery(
                        "select l from InvoiceLine l where l.organisationId = :o and l.chargeType = :t"
                                + " and l.invoice.issuedOn between :f and :to order by l.invoice.issuedOn desc, l.id",
                        InvoiceLine.class)
                .setParameter("o", organisationId)
                .setParameter("t", type)
                .setParameter("f", from)
                .setParameter("to", to)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * Up to {@code n} of the organisation's shipments delivered at least {@code daysAgo} days ago, the latest first.
     */
    private List<Long> shipments(Long organisationId, int n, int daysAgo, Instant now) {
        return em.createQuery(
                        "select s.id from Shipment s where s.organisationId = :o and s.status = :st and "
                                + "s.deliveredAt < :before" + " order by s.deliveredAt desc",
                        Long.class)
                .setParameter("o", organisationId)
                .setParameter("st", ShipmentStatus.DELIVERED)
                .setParameter("before", now.minus(daysAgo, ChronoUnit.DAYS))
                .setMaxResults(n)
                .getResultList();
    }

    /** One dispute's steps, dated in days after its filing (at 09:00 UTC plus the step's order). */
    private final class Story {
        final Dispute dispute;
        final LocalDate filedOn;
        int steps;

        Story(Dispute dispute, LocalDate filedOn) {
            this.dispute = dispute;
            this.filedOn = filedOn;
        }

        LocalDate day(int after) {
            return filedOn.plusDays(after);
        }

        Instant at(int after) {
            return day(after).atTime(9, 0).toInstant(ZoneOffset.UTC).plus(steps, ChronoUnit.MINUTES);
        }

        void step(Change change, String by, Side side, int after) {
            steps++;
            disputes.add(new DisputeRecord(dispute, change, actors.user(by), side, at(after)));
        }

        void message(String by, Side side, String text, int after) {
            steps++;
            disputes.add(new DisputeMessage(dispute, actors.user(by), side, false, text, at(after)));
        }

        void note(String by, String text, int after) {
            steps++;
            disputes.add(new DisputeMessage(dispute, actors.user(by), Side.PROVIDER, true, text, at(after)));
        }
    }
}
