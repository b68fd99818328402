/** Paging shared by every list: the keyset cursor and the page-size bounds. */
package org.threepl.portal.application.paging;
