package org.threepl.portal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.i18n.Messages;
import org.threepl.portal.application.i18n.Texts;
import org.threepl.portal.application.mail.OutgoingMail;
import org.threepl.portal.domain.model.account.AccountAssignment;
import org.threepl.portal.domain.model.account.Notification;
import org.threepl.portal.domain.model.account.UserAccount;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Tells people something: a notification in the portal and an e-mail, as each of them chose. Used by the SLA alerts and
 * the dispute steps; runs in the caller's transaction, so the e-mail is only queued there and sent once the change
 * commits.
 */
@ApplicationScoped
public class Notifier {

    @Inject
    NotificationRepository notifications;

    @Inject
    UserAccountRepository users;

    @Inject
    AccountAssignmentRepository assignments;

    @Inject
    OutgoingMail mail;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "portal.base.url", defaultValue = "http://localhost:9080/portal")
    String baseUrl;

    /** The client's administrators (enabled). */
    public Collection<UserAccount> clientAdminsOf(Long organisationId) {
        return users.clientAdminsOf(organisationId);
    }

    /** The client's account managers (enabled). */
    public Collection<UserAccount> accountManagersOf(Long organisationId) {
        return assignments.ofOrganisation(organisationId).stream()
                .map(AccountAssignment::manager)
                .filter(UserAccount::isEnabled)
                .toList();
    }

    /**
     * Each recipient once, in their own language and time zone; {@code page} is the portal page (e.g.
     * "/sla.xhtml?org=1") the message is about, which the e-mail links to and the notification opens.
     */
    public void tell(Collection<UserAccount> recipients, Message subject, Message body, String page) {
        Map<Long, UserAccount> once = new LinkedHashMap<>();
        recipients.forEach(u -> once.put(u.id(), u));
        String subjectArgs = Messages.writeArgs(subject);
        String bodyArgs = Messages.writeArgs(body);
        for (UserAccount u : once.values()) {
            Texts texts = new Texts(Locale.forLanguageTag(u.language().orElse("en")));
            Formats formats = new Formats(texts.locale(), u.timeZone().orElse(ZoneOffset.UTC));
            String subjectText = Messages.render(subject, texts, formats);
            String bodyText = Messages.render(body, texts, formats);
            if (u.wantsAlertsInPortal()) {
                notifications.add(new Notification(
                        u.id(),
                        subjectText,
                        bodyText,
                        page,
                        clock.instant(),
                        subject.key(),
                        subjectArgs,
                        body.key(),
                        bodyArgs));
            }
            if (u.wantsAlertsByEmail()) {
                mail.queue(
                        u.email().value(),
                        subjectText,
                        bodyText + "\n\n" + texts.text("mail.open") + "\n" + baseUrl + page + "\n");
            }
        }
    }
}
