package org.threepl.portal.domain.model.shipment;

/** What a shipment's page says of its signed document: the name and type, read without the document's bytes. */
public record PodDocumentName(String fileName, String contentType) {}
