/**
 * Disputes for the API and the portal: filing (by the client, under the procedure of its contract), the steps of each
 * side with optimistic locking, the record, the queue, and the escalation of disputes whose ladder level has run out of
 * time.
 */
package org.threepl.portal.application.dispute;
