package org.threepl.portal.infrastructure.mail;

import io.opentelemetry.api.trace.Span;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.mail.MailAttachment;
import org.threepl.portal.application.mail.MailSender;
import org.threepl.portal.infrastructure.telemetry.Spans;

/**
 * Sends plain-text mail over SMTP to {@code portal.mail.host}:{@code portal.mail.port} from {@code portal.mail.from},
 * signed in with {@code portal.mail.user} and {@code portal.mail.password} if a user is set (SMTP AUTH), protected as
 * {@code portal.mail.security} says (none, starttls, tls), trusting the hosts in {@code portal.mail.trust} whatever
 * their certificate. With no host set, mail is off. A failure is never thrown: it is told as retry (unreachable,
 * temporary, sign-in refused) or rejected (a permanent answer, a bad address). The password is never logged.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

    /** An SMTP reply code at the start of a server's answer, as Jakarta Mail puts it in its exceptions. */
    private static final Pattern REPLY = Pattern.compile("^\\s*([2-5])\\d\\d\\b");

    private static final int MAX_DETAIL = 900;

    @Inject
    Spans spans;

    @Inject
    @ConfigProperty(name = "portal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "portal.mail.port", defaultValue = "25")
    int port;

    @Inject
    @ConfigProperty(name = "portal.mail.from", defaultValue = "portal@localhost")
    String from;

    @Inject
    @ConfigProperty(name = "portal.mail.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "portal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "portal.mail.security", defaultValue = "none")
    String security;

    @Inject
    @ConfigProperty(name = "portal.mail.trust")
    Optional<String> trust;

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
        props.put("mail.smtp.auth", Boolean.toString(signsIn()));
        MailSecurity.parse(security).configure(props);
        trust.filter(t -> !t.isBlank()).ifPresent(t -> props.put("mail.smtp.ssl.trust", t.strip()));
        session = Session.getInstance(props);
    }

    @Override
    public boolean enabled() {
        return host.isPresent() && !host.get().isBlank();
    }

    /** How the portal reaches its mail server, for the log at start: never the password. */
    public String describe() {
        if (!enabled()) {
            return "off (no portal.mail.host): no mail is queued or sent, notifications stay in the portal";
        }
        return "to " + host.get() + ":" + port + " from " + from + ", security "
                + MailSecurity.parse(security).name().toLowerCase(Locale.ROOT)
                + (signsIn() ? ", signing in as " + user.get() : ", without signing in");
    }

    @Override
    public Result send(String to, String subject, String text) {
        return send(to, subject, text, null);
    }

    @Override
    public Result send(String to, String subject, String text, MailAttachment attachment) {
        if (!enabled()) {
            return new Result(Outcome.RETRY, "mail is off (no portal.mail.host)");
        }
        // the span names neither the recipient nor the subject: traces leave the portal, personal data does not
        Span span = spans.call("mail send");
        span.setAttribute("server.address", host.get());
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from, true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, "UTF-8");
            if (attachment == null) {
                message.setText(text, "UTF-8");
            } else {
                message.setContent(withFile(text, attachment));
            }
            if (signsIn()) {
                Transport.send(message, user.get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
            Spans.ended(span, null);
            return Result.sent();
        } catch (MessagingException | RuntimeException e) {
            Result failed = outcomeOf(e);
            Spans.ended(span, failed.outcome() + ": " + e.getClass().getSimpleName());
            return failed;
        }
    }

    /** The text, then the file, as a multipart/mixed body. */
    private static MimeMultipart withFile(String text, MailAttachment attachment) throws MessagingException {
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        MimeBodyPart file = new MimeBodyPart();
        file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
        try {
            file.setFileName(MimeUtility.encodeText(attachment.fileName(), "UTF-8", null));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 is always supported", e);
        }
        file.setDisposition(Part.ATTACHMENT);
        MimeMultipart mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(body);
        mixed.addBodyPart(file);
        return mixed;
    }

    /**
     * Retry or give up: a bad address and a permanent (5xx) answer are rejected; a refused sign-in (the relay's
     * credentials may be mended), a temporary (4xx) answer, no connection and anything else are tried again.
     */
    static Result outcomeOf(Exception e) {
        String detail = detailOf(e);
        if (e instanceof AddressException) {
            return new Result(Outcome.REJECTED, detail);
        }
        if (e instanceof AuthenticationFailedException) {
            return new Result(Outcome.RETRY, detail);
        }
        for (Throwable t = e; t != null; t = next(t)) {
            Matcher reply = REPLY.matcher(String.valueOf(t.getMessage()));
            if (reply.find()) {
                return new Result(reply.group(1).equals("5") ? Outcome.REJECTED : Outcome.RETRY, detail);
            }
        }
        return new Result(Outcome.RETRY, detail);
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SendFailedException s && s.getNextException() != null) {
            return s.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }

    private static String detailOf(Exception e) {
        StringBuilder detail = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable cause = next(e);
        if (cause != null) {
            detail.append(" (")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
            detail.append(')');
        }
        String s = detail.toString().replaceAll("\\s+", " ").strip();
        return s.length() <= MAX_DETAIL ? s : s.substring(0, MAX_DETAIL) + "…";
    }

    private boolean signsIn() {
        return user.isPresent() && !user.get().isBlank();
    }
}
