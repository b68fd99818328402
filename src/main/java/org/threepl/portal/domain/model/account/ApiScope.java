package org.threepl.portal.domain.model.account;

/** What an API credential may do: read data, or also change it. */
public enum ApiScope {
    READ,
    WRITE
}
