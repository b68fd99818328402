package org.threepl.portal.domain.model.report;

/** The file formats the exports offer. */
public enum ReportFormat {
    CSV,
    XLSX,
    PDF
}
