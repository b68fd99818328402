package org.threepl.portal.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextListConverterTest {

    private final TextListConverter converter = new TextListConverter();

    @Test
    void anyTextComesBackAsItWentIn() {
        List<String> texts = List.of("HOVERCRAFT", "ROAD, RAIL, SEA", "say \"hi\"", "未知", "");
        String stored = converter.convertToDatabaseColumn(texts);
        assertEquals(texts, converter.convertToEntityAttribute(stored));
    }

    @Test
    void anEmptyListIsNoValueAndNoValueAnEmptyList() {
        assertNull(converter.convertToDatabaseColumn(List.of()));
        assertNull(converter.convertToDatabaseColumn(null));
        assertEquals(List.of(), converter.convertToEntityAttribute(null));
        assertEquals(List.of(), converter.convertToEntityAttribute(" "));
    }
}
