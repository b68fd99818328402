package org.threepl.portal.domain.model.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a contract's services as a comma-separated list: a small, closed set read as a whole. */
@Converter
public class ServiceTypesConverter implements AttributeConverter<Set<ServiceType>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ServiceType> services) {
        return services == null ? null
                : services.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ServiceType> convertToEntityAttribute(String column) {
        EnumSet<ServiceType> result = EnumSet.noneOf(ServiceType.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(ServiceType::valueOf).forEach(result::add);
        }
        return result;
    }
}
