package org.threepl.portal.application.mail;

import java.util.Objects;

/** One file sent with a mail: its name, its media type and its bytes (bounded by the outbox, see OutgoingMail). */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
