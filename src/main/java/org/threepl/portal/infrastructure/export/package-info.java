/**
 * File formats for exports (CSV, Excel, PDF), each written row by row to a stream, so that memory
 * use does not grow with the number of rows. They know cells and columns, not shipments.
 */
package org.threepl.portal.infrastructure.export;
