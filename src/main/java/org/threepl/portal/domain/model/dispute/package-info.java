/**
 * Disputes between a client and the 3PL, negotiated by the procedure both agreed in the contract: the {@link Dispute}
 * aggregate with its explicit state machine ({@link DisputeState}), offers, escalation ladder levels and deadlines; the
 * {@link DisputeProcedure} (contract data, versioned); and the append-only {@link DisputeRecord} of every change.
 */
package org.threepl.portal.domain.model.dispute;
