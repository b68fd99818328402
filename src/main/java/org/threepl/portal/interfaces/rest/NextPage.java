package org.threepl.portal.interfaces.rest;

/** A list answer that may have a next page; its address also goes into the {@code Link} header. */
public interface NextPage {

    /** The next page's address, or null on the last page. */
    String next();
}
