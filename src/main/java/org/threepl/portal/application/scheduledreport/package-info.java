/**
 * Scheduled reports: {@link org.threepl.portal.application.scheduledreport.ScheduledReports} (a user's schedules, as
 * the page manages them), {@link org.threepl.portal.application.scheduledreport.ReportRuns} (the report job's entry:
 * each due schedule checked against its owner's access, rendered by the existing exports as the owner and queued as a
 * mail in the transaction that advances it), {@link org.threepl.portal.application.scheduledreport.ReportFiles} (a
 * linked file, for its owner only) and the port
 * {@link org.threepl.portal.application.scheduledreport.ReportScheduleRepository}.
 */
package org.threepl.portal.application.scheduledreport;
