package org.threepl.portal.domain.model.dispute;

/** The two parties: the client, and the 3PL (its account managers and operations staff). */
public enum Side {
    CLIENT,
    PROVIDER
}
