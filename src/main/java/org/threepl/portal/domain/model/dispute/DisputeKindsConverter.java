package org.threepl.portal.domain.model.dispute;

import jakarta.persistence.Converter;
import org.threepl.portal.domain.model.shared.EnumSetConverter;

/** A procedure's dispute kinds as one column. */
@Converter
public class DisputeKindsConverter extends EnumSetConverter<DisputeKind> {

    public DisputeKindsConverter() {
        super(DisputeKind.class);
    }
}
