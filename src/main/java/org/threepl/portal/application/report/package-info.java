/**
 * Documents people hand on (an invoice, the SLA period report, a dispute's record): their content as a
 * {@link org.threepl.portal.application.report.Report}, already in the reader's language, and the port that lays one
 * out as a file.
 */
package org.threepl.portal.application.report;
