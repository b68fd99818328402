/**
 * Scheduled jobs. {@link org.threepl.portal.infrastructure.scheduling.LeasedScheduler} runs on every server and runs a
 * job's work only while it holds the job's lease in the database ({@code job_lease}), judged by the database's clock
 * and renewed while the work goes on, so two runs of a job never overlap; a server that stops mid-run gives the job up,
 * or its lease runs out. The jobs register their work with it and run their "run now" ports through it.
 */
package org.threepl.portal.infrastructure.scheduling;
