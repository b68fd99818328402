package org.threepl.portal.application.report;

import java.io.IOException;
import java.io.OutputStream;

/** Lays a report out as a PDF with the portal's logo, in a font that writes every script the portal speaks. */
public interface ReportRenderer {

    /** Writes {@code report} as a PDF to {@code out}, which stays open. */
    void pdf(Report report, OutputStream out) throws IOException;
}
