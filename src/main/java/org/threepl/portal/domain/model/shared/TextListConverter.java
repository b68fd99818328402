package org.threepl.portal.domain.model.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * Stores a short list of texts (a refused rule's values) as a JSON array in one column: any text, commas and quotes
 * included, comes back as it went in; an empty list is no value.
 */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> texts) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        JsonArrayBuilder a = Json.createArrayBuilder();
        texts.forEach(t -> a.add(t == null ? "null" : t));
        return a.build().toString();
    }

    @Override
    public List<String> convertToEntityAttribute(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(stored))) {
            return reader.readArray().getValuesAs(JsonString.class).stream()
                    .map(JsonString::getString)
                    .toList();
        }
    }
}
