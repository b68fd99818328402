package org.threepl.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.threepl.portal.domain.model.billing.Invoice;
import org.threepl.portal.domain.model.billing.InvoiceContent;
import org.threepl.portal.domain.model.shipment.TransportMode;

/**
 * A demo client's monthly invoices over the demo year, derived from its demo shipments: freight per shipment by lane
 * and mode (express dearer), accessorials for re-delivery attempts and tail-lift deliveries, the fuel surcharge on the
 * month's freight, storage (or value-added handling) and customs where the contract has them, now and then an SLA
 * credit; and the 3PL's cost at the client's own margin (varying a little month by month), so that clients rank
 * differently by revenue and by margin. A month is invoiced on the first day of the next; the current month is not
 * invoiced yet. Seeded, so every demo shows the same invoices.
 */
@ApplicationScoped
public class DemoInvoices {

    /**
     * How a demo client is billed.
     *
     * @param rate prices in the client's currency per euro of the price list
     * @param fuel the fuel surcharge, as a fraction of the freight
     * @param margin the 3PL's average margin on the client
     * @param storageWeeks pallet weeks stored a month (0: no warehousing)
     * @param handling value-added handling a month, in euros of the price list (0: none)
     * @param customs customs entries a month (0: no brokerage)
     * @param quarterCredit an SLA credit each quarter, as a fraction of the quarter's last month's freight (0: none)
     */
    public record Profile(
            BigDecimal rate,
            BigDecimal fuel,
            BigDecimal margin,
            int storageWeeks,
            int handling,
            int customs,
            BigDecimal quarterCredit) {}

    private record Charge(
            Long shipmentId,
            String reference,
            String lane,
            TransportMode mode,
            String serviceLevel,
            BigDecimal weight,
            Instant attempted) {}

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /**
     * Invoices issued before {@code contractStart} name no contract (the client was billed under an earlier agreement).
     */
    void load(
            Long organisationId,
            String prefix,
            String currency,
            Long contractId,
            LocalDate contractStart,
            Profile profile,
            Instant now,
            long seed) {
        Random random = new Random(seed);
        Map<YearMonth, List<Charge>> byMonth = new TreeMap<>();
        YearMonth current = YearMonth.from(now.atZone(ZoneOffset.UTC));
        em.createQuery(
                        "select s.id, s.clientReference, s.lane, s.transportMode, s.serviceLevel, "
                                + "s.pickupWindow.from, s.weightKg,"
                                + " s.attemptedAt from Shipment s where s.organisationId = :o order by "
                                + "s.pickupWindow.from, s.id",
                        Object[].class)
                .setParameter("o", organisationId)
                .getResultList()
                .forEach(r -> {
                    YearMonth month = YearMonth.from(((Instant) r[5]).atZone(ZoneOffset.UTC));
                    if (month.isBefore(current)) {
                        byMonth.computeIfAbsent(month, m -> new ArrayList<>())
                                .add(new Charge(
                                        (Long) r[0],
                                        (String) r[1],
                                        (String) r[2],
                                        (TransportMode) r[3],
                                        (String) r[4],
                                        (BigDecimal) r[6],
                                        (Instant) r[7]));
                    }
                });
        int count = 0;
        for (Map.Entry<YearMonth, List<Charge>> month : byMonth.entrySet()) {
            Long contract = month.getKey().plusMonths(1).atDay(1).isBefore(contractStart) ? null : contractId;
            em.persist(invoice(
                    organisationId,
                    prefix,
                    currency,
                    contract,
                    profile,
                    month.getKey(),
                    month.getValue(),
                    now,
                    random));
            if (++count % 3 == 0) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
    }

    private Invoice invoice(
            Long organisationId,
            String prefix,
            String currency,
            Long contractId,
            Profile p,
            YearMonth month,
            List<Charge> charges,
            Instant now,
            Random random) {
        List<InvoiceContent.LineDraft> lines = new ArrayList<>();
        BigDecimal freight = BigDecimal.ZERO;
        for (Charge c : charges) {
            BigDecimal amount = price(freight(c), p.rate());
            freight = freight.add(amount);
            lines.add(new InvoiceContent.LineDraft(
                    lines.size() + 1,
                    "FREIGHT",
                    "Freight " + c.lane() + " (" + c.mode() + ", "
                            + c.serviceLevel().toLowerCase(java.util.Locale.ROOT) + ")",
                    c.shipmentId(),
                    null,
                    null,
                    amount,
                    null));
            if (c.attempted() != null) {
                lines.add(new InvoiceContent.LineDraft(
                        lines.size() + 1,
                        "ACCESSORIAL",
                        "Re-delivery after a failed attempt, " + c.reference(),
                        c.shipmentId(),
                        null,
                        null,
                        price(new BigDecimal("65"), p.rate()),
                        null));
            } else if (c.mode() == TransportMode.ROAD && c.shipmentId() % 9 == 0) {
                lines.add(new InvoiceContent.LineDraft(
                        lines.size() + 1,
                        "ACCESSORIAL",
                        "Tail-lift delivery, " + c.reference(),
                        c.shipmentId(),
                        null,
                        null,
                        price(new BigDecimal("38"), p.rate()),
                        null));
            }
        }
        lines.add(new InvoiceContent.LineDraft(
                lines.size() + 1,
                "FUEL_SURCHARGE",
                "Fuel surcharge on the month's freight",
                null,
                freight,
                p.fuel(),
                null,
                null));
        if (p.storageWeeks() > 0) {
            int weeks = p.storageWeeks() + random.nextInt(Math.max(1, p.storageWeeks() / 3));
            lines.add(new InvoiceContent.LineDraft(
                    lines.size() + 1,
                    "STORAGE",
                    "Storage, pallet weeks",
                    null,
                    BigDecimal.valueOf(weeks),
                    price(new BigDecimal("4.20"), p.rate()),
                    null,
                    null));
            lines.add(new InvoiceContent.LineDraft(
                    lines.size() + 1,
                    "HANDLING",
                    "Receiving and picking",
                    null,
                    BigDecimal.valueOf(weeks * 3L),
                    price(new BigDecimal("1.15"), p.rate()),
                    null,
                    null));
        }
        if (p.handling() > 0) {
            lines.add(new InvoiceContent.LineDraft(
                    lines.size() + 1,
                    "HANDLING",
                    "Value-added services: labelling and repacking",
                    null,
                    null,
                    null,
                    price(BigDecimal.valueOf(p.handling() + random.nextInt(p.handling() / 4 + 1)), p.rate()),
                    null));
        }
        if (p.customs() > 0) {
            int entries = p.customs() + random.nextInt(p.customs() / 2 + 1);
            lines.add(new InvoiceContent.LineDraft(
                    lines.size() + 1,
                    "CUSTOMS",
                    "Customs entries",
                    null,
                    BigDecimal.valueOf(entries),
                    price(new BigDecimal("45"), p.rate()),
                    null,
                    null));
        }
        if (p.quarterCredit().signum() > 0 && month.getMonthValue() % 3 == 0) {
            lines.add(new InvoiceContent.LineDraft(
                    lines.size() + 1,
                    "CREDIT",
                    "SLA credit for the quarter (bonus–malus)",
                    null,
                    null,
                    null,
                    freight.multiply(p.quarterCredit())
                            .setScale(2, RoundingMode.HALF_EVEN)
                            .negate(),
                    null));
        }
        LocalDate issued = month.plusMonths(1).atDay(1);
        // the total is known only once the lines are checked: check without the cost, then again with it
        InvoiceContent withoutCost = InvoiceContent.check(
                new InvoiceContent.Draft(contractId, issued, issued.plusDays(30), currency, null, null, lines),
                List.of());
        BigDecimal margin = p.margin().add(BigDecimal.valueOf(random.nextInt(41) - 20, 3)); // ±2 points a month
        BigDecimal cost = withoutCost
                .total()
                .amount()
                .multiply(BigDecimal.ONE.subtract(margin))
                .setScale(2, RoundingMode.HALF_EVEN);
        // VAT at the rate of the currency's country (none on CNY invoices: export services), and a payment 2 to 9 days
        // before the
        // due day once that day has passed, except the latest month of every third client, left overdue
        BigDecimal taxRate = switch (currency) {
            case "GBP" -> new BigDecimal("0.20");
            case "EUR" -> new BigDecimal("0.19");
            default -> BigDecimal.ZERO;
        };
        BigDecimal tax = withoutCost
                .total()
                .amount()
                .multiply(taxRate)
                .setScale(withoutCost.currency().getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
        LocalDate due = issued.plusDays(30);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        boolean leftOverdue = organisationId % 3 == 0
                && YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(2).equals(month);
        LocalDate paid = due.isBefore(today) && !leftOverdue ? due.minusDays(2 + random.nextInt(8)) : null;
        InvoiceContent content = InvoiceContent.check(
                new InvoiceContent.Draft(contractId, issued, due, currency, null, cost, lines, tax, paid), List.of());
        return new Invoice(
                organisationId,
                prefix + "-INV-" + month.toString().replace("-", ""),
                content,
                "DEMO-BILLING",
                issued.atStartOfDay(ZoneOffset.UTC).toInstant().isAfter(now)
                        ? now
                        : issued.atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** The price list in euros: a base per shipment and a rate per kilogram by mode; express costs 35 % more. */
    private static BigDecimal freight(Charge c) {
        BigDecimal kg = c.weight() == null ? BigDecimal.valueOf(500) : c.weight();
        BigDecimal base = switch (c.mode()) {
            case SEA -> new BigDecimal("450").add(kg.multiply(new BigDecimal("0.08")));
            case AIR -> new BigDecimal("120").add(kg.multiply(new BigDecimal("2.60")));
            default -> new BigDecimal("80").add(kg.multiply(new BigDecimal("0.12")));
        };
        return "EXPRESS".equals(c.serviceLevel()) ? base.multiply(new BigDecimal("1.35")) : base;
    }

    private static BigDecimal price(BigDecimal euros, BigDecimal rate) {
        return euros.multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
    }
}
