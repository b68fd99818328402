package org.threepl.portal.domain.model.account;

import jakarta.persistence.Converter;
import org.threepl.portal.domain.model.shared.EnumSetConverter;

/** A contract's services as one column. */
@Converter
public class ServiceTypesConverter extends EnumSetConverter<ServiceType> {

    public ServiceTypesConverter() {
        super(ServiceType.class);
    }
}
