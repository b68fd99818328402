package org.threepl.portal.application.dispute;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.application.billing.InvoiceRepository;
import org.threepl.portal.application.billing.InvoiceViews;
import org.threepl.portal.application.shipment.ShipmentRepository;
import org.threepl.portal.domain.model.dispute.Dispute;
import org.threepl.portal.domain.model.dispute.DisputeProcedure;
import org.threepl.portal.domain.model.dispute.Side;

/**
 * What the dispute services share: the caller, a dispute the caller may see (another organisation's answers like one
 * that does not exist), the caller's side, today (UTC), and a dispute as the caller's side sees it.
 */
@Dependent
class DisputeAccess {

    @Inject
    CallerContext callers;

    @Inject
    DisputeRepository disputes;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ShipmentRepository shipments;

    @Inject
    InvoiceRepository invoices;

    @Inject
    Clock clock;

    Caller caller() {
        return callers.current();
    }

    /** A dispute the caller may see; otherwise not found. */
    Dispute visible(Long id) {
        return disputes.find(callers.current().tenantScope(), id)
                .orElseThrow(() -> new NotFoundException("Dispute " + id));
    }

    static Side sideOf(Caller caller) {
        return caller.isProvider() ? Side.PROVIDER : Side.CLIENT;
    }

    /** Who hears of a step one side took: the client's administrators, or its account managers. */
    static java.util.Collection<org.threepl.portal.domain.model.account.UserAccount> otherSide(
            org.threepl.portal.application.Notifier notifier, Side side, Long organisationId) {
        return side == Side.CLIENT
                ? notifier.accountManagersOf(organisationId)
                : notifier.clientAdminsOf(organisationId);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    DisputeProcedure procedureOf(Dispute d) {
        return disputes.procedure(d.procedureId())
                .orElseThrow(() -> new IllegalStateException("The procedure of " + d.claimNumber() + " is gone"));
    }

    String nameOf(Dispute d) {
        return organisations.namesOf(List.of(d.organisationId())).get(d.organisationId());
    }

    List<InvoiceViews.LineRef> linesOf(Dispute d) {
        return invoices.linesOfDisputes(List.of(d.id())).getOrDefault(d.id(), List.of()).stream()
                .map(InvoiceViews.LineRef::of)
                .toList();
    }

    /** The dispute as the caller's side sees it on {@code today}, with the steps the caller can take. */
    DisputeView view(Dispute d, Caller caller, LocalDate today) {
        return DisputeView.of(
                d,
                nameOf(d),
                procedureOf(d),
                today,
                sideOf(caller),
                caller.role(),
                shipments.referencesOf(d.shipmentIds()),
                linesOf(d));
    }
}
