package org.threepl.portal.infrastructure.mail;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.MailSender;

/**
 * Sends plain-text mail over SMTP to {@code portal.mail.host}:{@code portal.mail.port} from {@code portal.mail.from}.
 * With no host set, mail is off and nothing is sent (the demo); a mail that cannot be sent is logged, never thrown: an
 * alert stays recorded and shown in the portal either way.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(SmtpMailSender.class.getName());

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "portal@localhost")
    String from;

    private Session session;

    @PostConstruct
    void open() {
        Properties props = new Properties();
        props.put("mail.transport.protocol", "smtp");
        props.put("mail.smtp.host", host.orElse("localhost"));
        props.put("mail.smtp.port", Integer.toString(port));
        props.put("mail.smtp.connectiontimeout", "10000"); // a mail server that does not answer must not hold a job up
        props.put("mail.smtp.timeout", "10000");
        props.put("mail.smtp.writetimeout", "10000");
        session = Session.getInstance(props);
    }

    /** True if the mail was handed to the mail server. */
    public boolean send(String to, String subject, String text) {
        if (host.isEmpty() || host.get().isBlank()) {
            LOG.fine(() -> "Mail is off (no portal.mail.host): not sent to " + to + ": " + subject);
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            message.setText(text, "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not send mail to " + to + " (" + subject + ")", e);
            return false;
        }
    }
}
