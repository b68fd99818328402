package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.shared.DomainRuleViolation;

/**
 * A signed-in person's language and time zone: chosen on the account page or with the language menu, and taken from the
 * browser at the first sign-in; pages, e-mails and notifications use them.
 */
@ApplicationScoped
@Transactional
public class PreferencesService {

    @Inject
    CallerContext callers;

    @Inject
    UserAccountRepository users;

    public void chooseLanguage(String languageTag) {
        me().ifPresent(u -> u.speak(languageTag));
    }

    public void chooseZone(String zoneId) {
        ZoneId zone = zone(zoneId);
        me().ifPresent(u -> u.liveIn(zone));
    }

    /**
     * What the browser said at sign-in, kept where the user has chosen nothing yet: its time zone (if it is one) and
     * the language the session was showing.
     */
    public void rememberFirstImpressions(String browserZone, String languageTag) {
        me().ifPresent(u -> {
            if (u.timeZone().isEmpty() && browserZone != null) {
                try {
                    u.liveIn(ZoneId.of(browserZone.strip()));
                } catch (DateTimeException ignored) {
                    // not a zone: nothing is remembered
                }
            }
            if (u.language().isEmpty() && UserAccount.LANGUAGES.contains(languageTag)) {
                u.speak(languageTag);
            }
        });
    }

    /** The zones a person may choose from, by name. */
    public static List<String> zones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted()
                .toList();
    }

    private java.util.Optional<UserAccount> me() {
        return callers.find().filter(Caller::isUser).flatMap(c -> users.findById(c.userId()));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        } catch (DateTimeException e) {
            throw new DomainRuleViolation("timeZone", "rule.preferences.timeZone", "Not a time zone: {0}", id);
        }
    }
}
