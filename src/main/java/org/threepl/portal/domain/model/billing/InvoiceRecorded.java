package org.threepl.portal.domain.model.billing;

/** An invoice the billing system sent for the first time, told in the transaction that stored it. */
public record InvoiceRecorded(long invoiceId, long organisationId) {}
