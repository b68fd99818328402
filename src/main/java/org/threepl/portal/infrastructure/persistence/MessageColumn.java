package org.threepl.portal.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.threepl.portal.application.i18n.Messages;
import org.threepl.portal.domain.model.shared.Message;

/**
 * Keeps a {@link Message} (a computed explanation, a task's title) in one text column as JSON, so that each reader
 * later sees it in their own language and conventions; texts stored before that read back as they were written.
 */
@Converter(autoApply = true)
public class MessageColumn implements AttributeConverter<Message, String> {

    @Override
    public String convertToDatabaseColumn(Message message) {
        return message == null ? null : Messages.write(message);
    }

    @Override
    public Message convertToEntityAttribute(String stored) {
        return Messages.read(stored);
    }
}
