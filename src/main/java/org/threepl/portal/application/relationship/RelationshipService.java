package org.threepl.portal.application.relationship;

import org.threepl.portal.domain.model.shared.Enums;
import org.threepl.portal.application.paging.PageLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.view.Page;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.relationship.AccountTask;
import org.threepl.portal.domain.model.relationship.ContactKind;
import org.threepl.portal.domain.model.relationship.ContactLogEntry;
import org.threepl.portal.domain.model.relationship.ContributionLine;
import org.threepl.portal.domain.model.relationship.LifecycleStage;
import org.threepl.portal.domain.model.relationship.RelationshipFacts;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.RelationshipSnapshot;
import org.threepl.portal.domain.model.relationship.SatisfactionSurvey;
import org.threepl.portal.domain.model.relationship.SwitchingCostFacet;
import org.threepl.portal.domain.model.relationship.SwitchingCostGroup;
import org.threepl.portal.domain.model.relationship.TierDefinition;
import org.threepl.portal.domain.model.relationship.TierProposal;
import org.threepl.portal.domain.model.relationship.ValueSegment;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;
import org.threepl.portal.application.AccountAssignmentRepository;
import org.threepl.portal.application.OrganisationRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Relationship management's reads and records. What a client sees: its tier with benefits and progress
 * ({@link #tierStatus}) and its profile summary ({@link #summary}). What the 3PL's staff see of the clients
 * in their scope: the portfolio and its matrix, each client's full profile with every contribution, its
 * trend, the contact log, the recorded facts and the tasks; and the recomputation on demand.
 */
@ApplicationScoped
@Transactional
public class RelationshipService {

    static final int MAX_TREND_DAYS = 800;

    @Inject
    CallerContext callers;

    @Inject
    RelationshipRepository relationships;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AccountAssignmentRepository assignments;

    @Inject
    TierStatusReader tiers;

    @Inject
    RelationshipRecompute job;

    @Inject
    Clock clock;

    /** The organisation asked for, or, when none is named, a client caller's own. */
    public Long organisationOrOwn(Long organisationId) {
        return callers.organisationOrOwn(organisationId);
    }

    // --- what a client sees (and its staff) ---

    public TierViews.TierStatus tierStatus(Long organisationId) {
        Organisation org = visible(organisationId);
        TierViews.TierStatus full = tiers.status(relationships.settings(), org, relationships.latest(org.id()));
        return callers.current().isProvider() ? full : ClientDisclosure.tierStatus(full);
    }

    public ProfileViews.ClientSummary summary(Long organisationId) {
        Organisation org = visible(organisationId);
        RelationshipSettings settings = relationships.settings();
        Optional<RelationshipSnapshot> latest = relationships.latest(org.id());
        TierViews.TierStatus tier = tiers.status(settings, org, latest);
        ProfileViews.CadenceView cadence = tiers.cadence(settings, org, today());
        List<String> managers = assignments.ofOrganisation(org.id()).stream().filter(a -> a.manager().isEnabled())
                .map(a -> a.manager().displayName()).toList();
        long openSurveys = relationships.surveysOf(org.id()).stream().filter(s -> s.state() == SatisfactionSurvey.State.OPEN).count();
        ProfileViews.ClientSummary full = new ProfileViews.ClientSummary(org.id(), org.name(), tier, tiers.relationshipSince(org),
                managers, latest.map(s -> s.bonds().stream().map(ProfileViews.BondView::of).toList()).orElse(List.of()),
                latest.map(ProfileViews.SatisfactionView::of).orElse(null), cadence.lastBusinessReview(), cadence.businessReviewDue(),
                openSurveys, latest.map(RelationshipSnapshot::asOf).orElse(null));
        return callers.current().isProvider() ? full : ClientDisclosure.summary(full);
    }

    // --- the staff's views ---

    /** Everything about one client, explained; not found before its first computation. */
    public ProfileViews.Profile profile(Long organisationId) {
        Organisation org = internal(organisationId);
        RelationshipSettings settings = relationships.settings();
        RelationshipSnapshot s = relationships.latest(org.id())
                .orElseThrow(() -> new NotFoundException("No relationship profile of organisation " + organisationId + " yet: it is computed"
                        + " by the scheduled job, or POST /api/v1/relationship/recompute"));
        List<SwitchingCostViews.FacetView> facets = new ArrayList<>();
        List<SwitchingCostViews.GroupView> groups = new ArrayList<>();
        List<SwitchingCostViews.ShareView> index = new ArrayList<>();
        List<ContributionLine> lines = s.contributions();
        for (SwitchingCostFacet f : SwitchingCostFacet.values()) {
            facets.add(new SwitchingCostViews.FacetView(f.name(), f.group().name(), s.switchingCost().facet(f), lines.stream()
                    .filter(c -> "PROXY".equals(c.level()) && c.target().equals(f.name())).map(SwitchingCostViews.ContributionView::of).toList()));
        }
        for (SwitchingCostGroup g : SwitchingCostGroup.values()) {
            groups.add(new SwitchingCostViews.GroupView(g.name(), s.switchingCost().group(g), lines.stream()
                    .filter(c -> "FACET".equals(c.level()) && c.target().equals(g.name())).map(SwitchingCostViews.ShareView::of).toList()));
        }
        lines.stream().filter(c -> "GROUP".equals(c.level())).map(SwitchingCostViews.ShareView::of).forEach(index::add);
        var recommendation = TierStatusReader.recommendation(settings, s);
        TierDefinition current = tiers.currentTier(settings, org.id());
        Optional<TierProposal> open = relationships.openProposalOf(org.id());
        return new ProfileViews.Profile(org.id(), org.name(), s.asOf(), s.computedAt(),
                new SwitchingCostViews.SwitchingCostView(s.switchingCost().overall(), index, groups, facets),
                new ProfileViews.ValueView(s.value().valueBasis().name(), s.value().valueAmount(), s.value().revenue(), s.value().margin(), s.value().reportingCurrency(),
                        s.value().valueSource().name(), s.value().valueNote(), s.value().segment().name(), s.value().segmentRank(), s.value().segmentClients()),
                new ProfileViews.LifetimeValueView(s.value().clv(), s.value().marginPerMonth(), s.value().expectedMonths(), s.value().churnRate(), s.value().reportingCurrency(),
                        s.value().clvFormula()),
                ProfileViews.SatisfactionView.of(s),
                new ProfileViews.LifecycleView(s.stage().name(), s.churnRisk(), s.riskLevel().name(), s.stageReason(),
                        s.signals().stream().map(ProfileViews.SignalView::of).toList()),
                s.bonds().stream().map(ProfileViews.BondView::of).toList(),
                tiers.status(settings, org, Optional.of(s)),
                new ProfileViews.RecommendationView(recommendation.tier(), current.code(), recommendation.evaluations().stream()
                        .map(e -> TierViews.TierProgress.of(settings.tier(e.tier()).orElseThrow(), e)).toList()),
                open.map(p -> RelationshipViews.ProposalView.of(p, org.name())).orElse(null),
                tiers.cadence(settings, org, today()), RelationshipViews.FactsView.of(org.id(), relationships.facts(org.id()).orElse(null)));
    }

    /** The portfolio's filters and order: segment, tier, stage, risk level (null: any); sort RISK (default), SWITCHING_COST, VALUE, CLV, NAME. */
    public record PortfolioFilter(String segment, String tier, String stage, String riskLevel, String sort) {
    }

    /** The caller's clients with their latest figures (those computed at least once), a page. */
    public Page<PortfolioViews.PortfolioEntry> portfolio(PortfolioFilter filter, int offset, int limit) {
        Caller caller = staff();
        RelationshipSettings settings = relationships.settings();
        PortfolioFilter f = filter == null ? new PortfolioFilter(null, null, null, null, null) : filter;
        String tier = blank(f.tier()) ? null : f.tier().trim().toUpperCase(Locale.ROOT);
        if (tier != null && settings.tier(tier).isEmpty()) {
            throw new DomainRuleViolation("tier", "Unknown tier '" + f.tier() + "'; configured: " + settings.tiers().stream().map(TierDefinition::code).toList());
        }
        String sort = blank(f.sort()) ? PortfolioSort.RISK.name() : Enums.parse(PortfolioSort.class, "sort", f.sort()).name();
        RelationshipRepository.PortfolioQuery q = new RelationshipRepository.PortfolioQuery(
                Enums.parseOptional(ValueSegment.class, "segment", f.segment()), tier,
                Enums.parseOptional(LifecycleStage.class, "stage", f.stage()),
                nameOrNull(Enums.parseOptional(org.threepl.portal.domain.model.relationship.Lifecycle.RiskLevel.class, "riskLevel", f.riskLevel())),
                sort);
        String lowest = settings.lowestTier().code();
        List<PortfolioViews.PortfolioEntry> items = relationships.portfolio(caller.tenantScope(), q, lowest, PageLimit.offset(offset), PageLimit.clamp(limit))
                .stream().map(r -> PortfolioViews.PortfolioEntry.of(r.snapshot(), r.name(), r.tier())).toList();
        return new Page<>(items, relationships.countPortfolio(caller.tenantScope(), q, lowest));
    }

    /** How many of the caller's clients are in each value segment and tier. */
    public PortfolioViews.PortfolioMatrix matrix() {
        Caller caller = staff();
        RelationshipSettings settings = relationships.settings();
        List<PortfolioViews.PortfolioMatrix.Cell> cells = new ArrayList<>();
        long total = 0;
        for (Object[] r : relationships.matrix(caller.tenantScope(), settings.lowestTier().code())) {
            long n = ((Number) r[2]).longValue();
            cells.add(new PortfolioViews.PortfolioMatrix.Cell(((ValueSegment) r[0]).name(), (String) r[1], n));
            total += n;
        }
        return new PortfolioViews.PortfolioMatrix(Arrays.stream(ValueSegment.values()).map(Enum::name).toList(),
                settings.tiers().stream().map(TierDefinition::code).toList(), cells, total);
    }

    /** A client's daily snapshots of the last {@code days} days, oldest first (for charts). */
    public List<TrendViews.TrendPoint> trend(Long organisationId, int days) {
        Organisation org = internal(organisationId);
        int d = days <= 0 ? 365 : Math.min(days, MAX_TREND_DAYS);
        return relationships.history(org.id(), today().minusDays(d)).stream().map(TrendViews.TrendPoint::of).toList();
    }

    /**
     * A client's satisfaction day by day over the last {@code days} days, oldest first: what the client itself
     * may see of its history (survey C, SLA ratio, the combined figure and its level; nothing internal).
     */
    public List<TrendViews.SatisfactionPoint> satisfactionTrend(Long organisationId, int days) {
        Organisation org = visible(organisationId);
        int d = days <= 0 ? 365 : Math.min(days, MAX_TREND_DAYS);
        return relationships.history(org.id(), today().minusDays(d)).stream().map(TrendViews.SatisfactionPoint::of).toList();
    }

    // --- contact log ---

    public record NewContact(String kind, LocalDate occurredOn, String contactPerson, String summary, String nextStep, LocalDate nextStepDue) {
    }

    public Page<RelationshipViews.ContactView> contacts(Long organisationId, int offset, int limit) {
        Organisation org = internal(organisationId);
        return new Page<>(relationships.contactsOf(org.id(), PageLimit.offset(offset), PageLimit.clamp(limit)).stream().map(RelationshipViews.ContactView::of).toList(),
                relationships.countContactsOf(org.id()));
    }

    /** Logs a contact; a business review closes the open review reminders, any contact the open contact reminders. */
    public RelationshipViews.ContactView logContact(Long organisationId, NewContact cmd) {
        Organisation org = internal(organisationId);
        Caller caller = requireManager();
        ContactKind kind = Enums.parse(ContactKind.class, "kind", cmd.kind());
        LocalDate today = today();
        LocalDate on = cmd.occurredOn() == null ? today : cmd.occurredOn();
        if (on.isAfter(today) || on.isBefore(today.minusYears(2))) {
            throw new DomainRuleViolation("occurredOn", "A contact is logged once it has happened, within the last two years; not " + on);
        }
        if (blank(cmd.summary())) {
            throw new DomainRuleViolation("summary", "A summary of the contact is required");
        }
        if (cmd.nextStepDue() != null && (blank(cmd.nextStep()) || cmd.nextStepDue().isBefore(on))) {
            throw new DomainRuleViolation("nextStepDue", "A due day belongs to a next step, on or after the contact");
        }
        ContactLogEntry e = field("contact", () -> new ContactLogEntry(org.id(), kind, on, cmd.contactPerson(), cmd.summary(), cmd.nextStep(),
                cmd.nextStepDue(), caller.actor(), clock.instant(), today));
        relationships.add(e);
        String note = "contact logged: " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " on " + e.occurredOn();
        relationships.openTasksOf(org.id(), AccountTask.Kind.CONTACT_DUE).forEach(t -> t.done(caller.actor(), note, clock.instant()));
        if (kind == ContactKind.BUSINESS_REVIEW) {
            relationships.openTasksOf(org.id(), AccountTask.Kind.REVIEW_DUE).forEach(t -> t.done(caller.actor(), note, clock.instant()));
        }
        return RelationshipViews.ContactView.of(e);
    }

    // --- facts recorded by staff ---

    public record NewFacts(BigDecimal exitFee, String exitFeeCurrency, String dedicatedAssets, BigDecimal dedicatedAssetsValue,
                           String dedicatedAssetsCurrency, BigDecimal volumeDiscountPercent, String internalNote) {
    }

    public RelationshipViews.FactsView facts(Long organisationId) {
        Organisation org = internal(organisationId);
        return RelationshipViews.FactsView.of(org.id(), relationships.facts(org.id()).orElse(null));
    }

    /** Records the facts as a whole, on the version read (-1 while none are recorded). */
    public RelationshipViews.FactsView recordFacts(Long organisationId, int expectedVersion, NewFacts cmd) {
        Organisation org = internal(organisationId);
        Caller caller = requireManager();
        Optional<RelationshipFacts> found = relationships.facts(org.id());
        int actual = found.map(RelationshipFacts::version).orElse(-1);
        if (actual != expectedVersion) {
            throw new ConcurrentChangeException("The facts of " + org.name());
        }
        RelationshipFacts facts = found.orElseGet(() -> new RelationshipFacts(org.id()));
        Money exitFee = money("exitFee", cmd.exitFee(), cmd.exitFeeCurrency());
        Money assets = money("dedicatedAssetsValue", cmd.dedicatedAssetsValue(), cmd.dedicatedAssetsCurrency());
        field("facts", () -> {
            facts.record(exitFee, cmd.dedicatedAssets(), assets, cmd.volumeDiscountPercent(), cmd.internalNote(), caller.actor(), clock.instant());
            return facts;
        });
        if (found.isEmpty()) {
            relationships.add(facts);
        }
        relationships.flush();
        return RelationshipViews.FactsView.of(org.id(), facts);
    }

    // --- tasks ---

    /** Tasks of the caller's clients (of one client if named), open ones by due day first; state OPEN, DONE or null for any. */
    public List<RelationshipViews.TaskView> tasks(Long organisationId, String state, int offset, int limit) {
        Caller caller = staff();
        if (organisationId != null) {
            internal(organisationId);
        }
        AccountTask.State s = Enums.parseOptional(AccountTask.State.class, "state", state);
        return relationships.tasks(caller.tenantScope(), organisationId, s, PageLimit.offset(offset), PageLimit.clamp(limit)).stream()
                .map(RelationshipViews.TaskView::of).toList();
    }

    public RelationshipViews.TaskView completeTask(Long taskId, int expectedVersion, String note) {
        Caller caller = callers.current();
        AccountTask t = relationships.task(caller.tenantScope(), taskId).orElseThrow(() -> new NotFoundException("Task " + taskId));
        requireManager();
        if (t.version() != expectedVersion) {
            throw new ConcurrentChangeException("Task " + taskId);
        }
        t.done(caller.actor(), note, clock.instant());
        relationships.flush();
        return RelationshipViews.TaskView.of(t);
    }

    // --- recomputation ---

    /** The outcome of a recomputation asked for: whether this server ran it (another may hold the lease), what it did. */
    public record RecomputeRun(boolean ran, LocalDate asOf, int clients, int snapshots, int tasks, long millis) {
    }

    /**
     * Runs the computation now, as the scheduler would: one client (its account managers may ask) or all
     * (ops admins and 3PL keys); outside the caller's transaction.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RecomputeRun recompute(Long organisationId) {
        Caller caller = callers.current();
        if (organisationId != null) {
            internal(organisationId);
            AccessPolicy.require(RelationshipAccess.mayManage(caller), "Only the client's account managers and the 3PL's operations admins"
                    + " recompute its relationship figures");
        } else {
            AccessPolicy.require(RelationshipAccess.mayDecide(caller), "Only the 3PL's operations admins recompute every client");
        }
        long started = System.nanoTime();
        Optional<RelationshipComputation.Result> r = job.run(organisationId);
        long ms = (System.nanoTime() - started) / 1_000_000;
        return r.map(x -> new RecomputeRun(true, x.asOf(), x.clients(), x.snapshots(), x.tasks(), ms))
                .orElse(new RecomputeRun(false, today(), 0, 0, 0, ms));
    }

    // --- helpers ---

    private Organisation visible(Long organisationId) {
        return organisations.find(callers.current().tenantScope(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
    }

    /** A client the caller sees, and the caller on the 3PL's side (404 first, then 403). */
    private Organisation internal(Long organisationId) {
        Organisation org = visible(organisationId);
        AccessPolicy.require(RelationshipAccess.maySeeInternals(callers.current()), "This is the 3PL's internal view of the relationship");
        return org;
    }

    private Caller staff() {
        Caller caller = callers.current();
        AccessPolicy.require(RelationshipAccess.maySeeInternals(caller), "The portfolio is the 3PL's internal view");
        return caller;
    }

    private Caller requireManager() {
        Caller caller = callers.current();
        AccessPolicy.require(RelationshipAccess.mayManage(caller) && caller.may(ApiScope.WRITE),
                "Only the client's account managers and the 3PL's operations admins do this");
        return caller;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }


    private static String nameOrNull(Enum<?> e) {
        return e == null ? null : e.name();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Money money(String field, BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        return Money.from(field, amount, field, currency == null ? null : currency.trim().toUpperCase(Locale.ROOT));
    }

    /** The orders of the portfolio (the repository sorts by the name). */
    enum PortfolioSort { RISK, SWITCHING_COST, VALUE, CLV, NAME }

    static <T> T field(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainRuleViolation(field, e.getMessage() == null ? "A value is required" : e.getMessage());
        }
    }
}
