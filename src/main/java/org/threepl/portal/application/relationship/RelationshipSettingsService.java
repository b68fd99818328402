package org.threepl.portal.application.relationship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.threepl.portal.application.AccessPolicy;
import org.threepl.portal.application.Caller;
import org.threepl.portal.application.CallerContext;
import org.threepl.portal.application.ConcurrentChangeException;
import org.threepl.portal.application.TenantScope;
import org.threepl.portal.application.relationship.SettingsDocument.Settings;
import org.threepl.portal.domain.model.relationship.ClientTier;
import org.threepl.portal.domain.model.relationship.RelationshipSettings;
import org.threepl.portal.domain.model.relationship.TierProposal;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * The settings of relationship management changed by the 3PL's operations admins, always on the version read: as a
 * whole (the API's document) or one section of the settings page at a time, with the same checks. A refused value is
 * named by the settings' one field-path scheme.
 */
@ApplicationScoped
@Transactional
public class RelationshipSettingsService {

    @Inject
    CallerContext callers;

    @Inject
    RelationshipRepository relationships;

    @Inject
    Clock clock;

    /**
     * Replaces every setting, on the version read; a tier still held by a client or named by an open proposal cannot
     * go.
     */
    public Settings update(int expectedVersion, Settings in) {
        Caller caller = callers.current();
        AccessPolicy.require(
                RelationshipAccess.mayDecide(caller),
                "Only the 3PL's operations admins change the relationship settings");
        RelationshipSettings s = relationships.settings();
        if (s.version() != expectedVersion) {
            throw new ConcurrentChangeException("The relationship settings");
        }
        RelationshipSettings.Values values = SettingsConversion.values(Objects.requireNonNull(in, "settings"));
        Set<String> codes = new HashSet<>();
        values.tiers().forEach(t -> codes.add(t.code()));
        for (ClientTier t : relationships.clientTiers()) {
            if (!codes.contains(t.tierCode())) {
                throw new DomainRuleViolation(
                        "tiers",
                        "rule.settings.tiers.held",
                        "The tier {0} is held by clients: change their tiers before removing it",
                        t.tierCode());
            }
        }
        for (TierProposal p : relationships.proposals(TenantScope.all(), TierProposal.State.PROPOSED, 0, 10_000)) {
            if (!codes.contains(p.toTier())) {
                throw new DomainRuleViolation(
                        "tiers",
                        "rule.settings.tiers.proposed",
                        "The tier {0} is named by an open proposal: decide it first",
                        p.toTier());
            }
        }
        s.update(values, caller.actor(), clock.instant());
        for (ClientTier t : relationships.clientTiers()) {
            values.tiers().forEach(t::follow);
        }
        relationships.flush();
        return SettingsConversion.view(s);
    }

    /**
     * Saves one section of the settings, on the version read, with the same checks as a whole update; every other part
     * stays as stored (what else was sent is ignored).
     */
    public Settings updateSection(int expectedVersion, SettingsSection section, Settings sent) {
        return update(expectedVersion, section.merge(SettingsConversion.view(relationships.settings()), sent));
    }
}
