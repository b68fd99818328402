package org.threepl.portal.interfaces.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that honours {@code Idempotency-Key} through {@link IdempotentCreates}. The batch endpoints do not carry it:
 * they record their answer in the batch's own transaction ({@code ShipmentIngestionService}).
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface IdempotentCreate {}
