package org.threepl.portal.domain.model.report;

/** How a report reaches its owner. */
public enum ReportDelivery {
    /** The file attached to the mail (a file too large for mail goes as a link instead). */
    ATTACHMENT,
    /** A link in the mail to the file kept for a number of days, downloadable by the owner alone. */
    LINK
}
