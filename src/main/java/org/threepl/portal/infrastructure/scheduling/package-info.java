/**
 * Scheduled jobs. Each runs on every server but does its work only while it holds the job's lease
 * in the database ({@link JobLeases}), so two servers never run the same job at once, and a server
 * that stops mid-run gives the job up when its lease runs out.
 */
package org.threepl.portal.infrastructure.scheduling;
