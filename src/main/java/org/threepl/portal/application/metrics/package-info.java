/** The counts the use cases report for the operations team (the port {@link OperationsMetrics}). */
package org.threepl.portal.application.metrics;
