package org.threepl.portal.domain.model.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("ApiScopesConverter")
class ApiScopesConverterTest {

    private final ApiScopesConverter converter = new ApiScopesConverter();

    static Stream<Set<ApiScope>> sets() {
        return Stream.of(
                EnumSet.noneOf(ApiScope.class),
                EnumSet.of(ApiScope.READ),
                EnumSet.of(ApiScope.WRITE),
                EnumSet.allOf(ApiScope.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void roundTrips(Set<ApiScope> scopes) {
        assertEquals(scopes, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(scopes)));
    }

    @Test
    void writesTheNamesInDeclarationOrderSeparatedByCommas() {
        assertEquals(
                "READ,WRITE",
                converter.convertToDatabaseColumn(new LinkedHashSet<>(List.of(ApiScope.WRITE, ApiScope.READ))));
        assertEquals("WRITE", converter.convertToDatabaseColumn(EnumSet.of(ApiScope.WRITE)));
        assertEquals("", converter.convertToDatabaseColumn(EnumSet.noneOf(ApiScope.class)));
    }

    @Test
    void writesNullAsNull() {
        assertNull(converter.convertToDatabaseColumn(null));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void readsNothingAsAnEmptySet(String column) {
        Set<ApiScope> read = converter.convertToEntityAttribute(column);
        assertTrue(read.isEmpty());
        read.add(ApiScope.READ);
        assertEquals(EnumSet.of(ApiScope.READ), read);
    }

    @Test
    void toleratesSpacesAroundTheNames() {
        assertEquals(EnumSet.allOf(ApiScope.class), converter.convertToEntityAttribute("READ , WRITE"));
    }

    @Test
    void refusesAnUnknownName() {
        assertThrows(IllegalArgumentException.class, () -> converter.convertToEntityAttribute("READ,ADMIN"));
    }
}
