package org.threepl.portal.application.export;

import java.io.OutputStream;

/**
 * Opens a file export in a format: the port through which services write tables, implemented by the infrastructure's
 * CSV, Excel and PDF writers (injected; the application knows no file format's details).
 */
public interface TableWriters {

    /**
     * A machine file: column names and values as integrations read them (codes, UTC instants); {@code title} names a
     * sheet or heads a PDF.
     */
    TableWriter open(TableWriter.Format format, OutputStream out, String title);

    /**
     * A file for people, its rows already written for the reader ({@link ForPeople}): {@code title} names the sheet or
     * heads the PDF, {@code subtitle} stands under it in the PDF; the PDF is set in the reports' font, which writes
     * Chinese too.
     */
    TableWriter openForPeople(TableWriter.Format format, OutputStream out, String title, String subtitle);
}
