package org.threepl.portal.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.threepl.portal.domain.model.account.AccountAssignment;
import org.threepl.portal.domain.model.account.ClientContract;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.account.OrganisationCode;
import org.threepl.portal.domain.model.account.ServiceType;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.relationship.ClientLoss;
import org.threepl.portal.domain.model.relationship.LossReason;
import org.threepl.portal.domain.model.shared.DateRange;
import org.threepl.portal.domain.model.shared.Money;

/**
 * A fourth demo client, lost and being won back: Baltic Timber AB, a transport client for two and a half years whose
 * contract ended five weeks ago when a competitor won its tender; am.schmidt records the loss with a win-back plan of
 * three steps, the first done.
 */
@ApplicationScoped
class DemoWinBack {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    void load(UserAccount manager, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Organisation baltic = new Organisation(OrganisationCode.of("BALTIC"), "Baltic Timber AB", now);
        em.persist(baltic);
        em.persist(new ClientContract(
                baltic,
                "C-BALT-2024-05",
                new DateRange(today.minusMonths(30), today.minusDays(35)),
                EnumSet.of(ServiceType.TRANSPORT),
                Money.of("9800.00", "EUR")));
        em.persist(new AccountAssignment(manager, baltic, now));
        DemoActors actors = new DemoActors(em);
        LocalDate lost = today.minusDays(35);
        ClientLoss loss = new ClientLoss(
                baltic.id(),
                lost,
                LossReason.COMPETITOR,
                "Lost the 2026 transport tender to a carrier with its own fleet in the Baltics; the buyer praised our"
                        + " claims handling",
                List.of(
                        new ClientLoss.PlannedStep("Debrief with the buyer: what decided the tender", lost.plusDays(7)),
                        new ClientLoss.PlannedStep(
                                "Offer a trial of the Riga cross-dock for the spring season", today.plusDays(10)),
                        new ClientLoss.PlannedStep(
                                "Invite the logistics director to the partner day", today.plusDays(30))),
                today,
                actors.user("am.schmidt"),
                lost.plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC));
        loss.stepDone(
                0, actors.user("am.schmidt"), lost.plusDays(6).atTime(15, 0).toInstant(ZoneOffset.UTC));
        em.persist(loss);
    }
}
