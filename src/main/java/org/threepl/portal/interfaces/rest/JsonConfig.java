package org.threepl.portal.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import org.threepl.portal.application.i18n.Formats;
import org.threepl.portal.application.i18n.Messages;
import org.threepl.portal.application.i18n.Texts;
import org.threepl.portal.domain.model.shared.Message;

/**
 * JSON-B for the API: unknown fields in a request are errors, not silently dropped input; a message the portal composed
 * (a computed explanation, a task's title) is written as English text, as the API writes every text.
 */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true)
            .withFormatting(false)
            .withSerializers(new MessageSerializer()));

    /** A {@link Message} as the English text its key and arguments make, moments in UTC. */
    static final class MessageSerializer implements JsonbSerializer<Message> {
        private static final Texts ENGLISH = new Texts(Locale.ENGLISH);

        @Override
        public void serialize(Message message, JsonGenerator generator, SerializationContext context) {
            generator.write(Messages.render(message, ENGLISH, Formats.utcEnglish()));
        }
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
