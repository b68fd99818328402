package org.threepl.portal.application.relationship;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.function.Supplier;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.NotFoundException;
import org.threepl.portal.application.OrganisationRepository;
import org.threepl.portal.domain.model.account.ApiScope;
import org.threepl.portal.domain.model.account.Organisation;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;
import org.threepl.portal.domain.model.shared.Money;

/**
 * What the relationship services share: the caller and the checks on it ({@link RelationshipAccess}'s rules: a client
 * the caller sees, 404 first, then 403), today (UTC), and reading a field of a command.
 */
@Dependent
class RelationshipCallers {

    /** The longest trend asked for, in days. */
    static final int MAX_TREND_DAYS = 800;

    @Inject
    CallerContext callers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Clock clock;

    Caller current() {
        return callers.current();
    }

    /** The organisation asked for, or, when none is named, a client caller's own. */
    Long organisationOrOwn(Long organisationId) {
        return callers.organisationOrOwn(organisationId);
    }

    Organisation visible(Long organisationId) {
        return organisations
                .find(callers.current().tenantScope(), organisationId)
                .orElseThrow(() -> new NotFoundException("Organisation " + organisationId));
    }

    /** A client the caller sees, and the caller on the 3PL's side (404 first, then 403). */
    Organisation internal(Long organisationId) {
        Organisation org = visible(organisationId);
        AccessPolicy.require(
                RelationshipAccess.maySeeInternals(callers.current()),
                "This is the 3PL's internal view of the relationship");
        return org;
    }

    Caller staff() {
        Caller caller = callers.current();
        AccessPolicy.require(RelationshipAccess.maySeeInternals(caller), "The portfolio is the 3PL's internal view");
        return caller;
    }

    Caller requireManager() {
        Caller caller = callers.current();
        AccessPolicy.require(
                RelationshipAccess.mayManage(caller) && caller.may(ApiScope.WRITE),
                "Only the client's account managers and the 3PL's operations admins do this");
        return caller;
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** The first day of a trend of {@code days} days (365 when not given, at most {@link #MAX_TREND_DAYS}). */
    LocalDate trendFrom(int days) {
        return today().minusDays(days <= 0 ? 365 : Math.min(days, MAX_TREND_DAYS));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Money money(String field, BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        return Money.from(
                field, amount, field, currency == null ? null : currency.trim().toUpperCase(Locale.ROOT));
    }

    static <T> T field(String field, Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw e.getMessage() == null
                    ? new DomainRuleViolation(field, "rule.relationship.required", "A value is required")
                    : DomainRuleViolation.untranslated(field, e.getMessage());
        }
    }
}
