package org.threepl.portal.domain.model.webhook;

import jakarta.persistence.Converter;
import org.threepl.portal.domain.model.shared.EnumSetConverter;

/** A subscription's event types as one column. */
@Converter
public class WebhookEventTypesConverter extends EnumSetConverter<WebhookEventType> {

    public WebhookEventTypesConverter() {
        super(WebhookEventType.class);
    }
}
