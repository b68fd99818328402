package org.threepl.portal.infrastructure.mail;

import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/** How the connection to the mail server is protected ({@code portal.mail.security}). */
public enum MailSecurity {
    /** Plain SMTP (a relay on the same host or network). */
    NONE,
    /** Plain SMTP upgraded by STARTTLS, required: a server that does not offer it gets no mail (port 587). */
    STARTTLS,
    /** TLS from the first byte, "SMTPS" (port 465). */
    TLS;

    /** The setting's value in any case; empty or blank is {@link #NONE}. */
    public static MailSecurity parse(String value) {
        if (value == null || value.isBlank()) {
            return NONE;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("portal.mail.security is none, starttls or tls, not \"" + value + "\" ("
                    + Arrays.stream(values())
                            .map(s -> s.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + ")");
        }
    }

    /** Sets Jakarta Mail's SMTP properties for this protection. */
    void configure(Properties props) {
        switch (this) {
            case NONE -> {}
            case STARTTLS -> {
                props.put("mail.smtp.starttls.enable", "true");
                props.put("mail.smtp.starttls.required", "true");
            }
            case TLS -> props.put("mail.smtp.ssl.enable", "true");
        }
        if (this != NONE) {
            // the certificate must name the host we connect to, not only be signed by a trusted authority
            props.put("mail.smtp.ssl.checkserveridentity", "true");
        }
    }
}
