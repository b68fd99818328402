/**
 * File formats for exports (CSV, Excel, PDF), each written row by row to a stream, so that memory use does not grow
 * with the number of rows. They know cells and columns, not shipments. They implement the application's
 * {@link org.threepl.portal.application.export.TableWriter}, opened through
 * {@link org.threepl.portal.infrastructure.export.StreamingTableWriters} (the application's
 * {@link org.threepl.portal.application.export.TableWriters} port); and {@code PdfReportRenderer} lays out the reports.
 */
package org.threepl.portal.infrastructure.export;
