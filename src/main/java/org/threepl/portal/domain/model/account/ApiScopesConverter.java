package org.threepl.portal.domain.model.account;

import jakarta.persistence.Converter;
import org.threepl.portal.domain.model.shared.EnumSetConverter;

/** A credential's scopes as one column. */
@Converter
public class ApiScopesConverter extends EnumSetConverter<ApiScope> {

    public ApiScopesConverter() {
        super(ApiScope.class);
    }
}
