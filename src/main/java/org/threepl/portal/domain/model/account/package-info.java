/**
 * The account aggregates: client organisations (the tenants), user accounts of clients and of the 3PL's staff with
 * their roles, account-manager assignments, client contracts, and API credentials. Later aggregates (SLA terms, dispute
 * procedures, tiers) hang on {@link ClientContract}.
 */
package org.threepl.portal.domain.model.account;
