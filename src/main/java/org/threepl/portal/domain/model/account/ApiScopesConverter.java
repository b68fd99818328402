package org.threepl.portal.domain.model.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a credential's scopes as a comma-separated list. */
@Converter
public class ApiScopesConverter implements AttributeConverter<Set<ApiScope>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ApiScope> scopes) {
        return scopes == null ? null : scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ApiScope> convertToEntityAttribute(String column) {
        EnumSet<ApiScope> result = EnumSet.noneOf(ApiScope.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(ApiScope::valueOf).forEach(result::add);
        }
        return result;
    }
}
