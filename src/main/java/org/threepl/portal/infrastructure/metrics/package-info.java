/** The portal's own metrics on {@code /metrics}: the application's counts and gauges read from the database. */
package org.threepl.portal.infrastructure.metrics;
