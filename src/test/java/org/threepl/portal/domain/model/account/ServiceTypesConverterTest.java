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

@DisplayName("ServiceTypesConverter")
class ServiceTypesConverterTest {

    private final ServiceTypesConverter converter = new ServiceTypesConverter();

    static Stream<Set<ServiceType>> sets() {
        return Stream.of(
                EnumSet.noneOf(ServiceType.class),
                EnumSet.of(ServiceType.WAREHOUSING),
                EnumSet.of(ServiceType.RETURNS, ServiceType.TRANSPORT),
                EnumSet.of(
                        ServiceType.CUSTOMS_BROKERAGE,
                        ServiceType.FREIGHT_FORWARDING,
                        ServiceType.VALUE_ADDED_SERVICES),
                EnumSet.allOf(ServiceType.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void roundTrips(Set<ServiceType> services) {
        assertEquals(services, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(services)));
    }

    @Test
    void writesTheNamesInDeclarationOrderSeparatedByCommas() {
        Set<ServiceType> reversed =
                new LinkedHashSet<>(List.of(ServiceType.RETURNS, ServiceType.TRANSPORT, ServiceType.WAREHOUSING));
        assertEquals("WAREHOUSING,TRANSPORT,RETURNS", converter.convertToDatabaseColumn(reversed));
        assertEquals("", converter.convertToDatabaseColumn(EnumSet.noneOf(ServiceType.class)));
    }

    @Test
    void writesNullAsNull() {
        assertNull(converter.convertToDatabaseColumn(null));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void readsNothingAsAnEmptySet(String column) {
        Set<ServiceType> read = converter.convertToEntityAttribute(column);
        assertTrue(read.isEmpty());
        read.add(ServiceType.RETURNS); // a mutable set the entity can own
        assertEquals(EnumSet.of(ServiceType.RETURNS), read);
    }

    @Test
    void toleratesSpacesAroundTheNames() {
        assertEquals(
                EnumSet.of(ServiceType.TRANSPORT, ServiceType.RETURNS),
                converter.convertToEntityAttribute(" TRANSPORT , RETURNS "));
    }

    @Test
    void refusesAnUnknownName() {
        assertThrows(
                IllegalArgumentException.class, () -> converter.convertToEntityAttribute("WAREHOUSING,TELEPORTATION"));
    }
}
