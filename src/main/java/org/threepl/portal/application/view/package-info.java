/**
 * Read models that application services return: plain records holding only what a page or an API response shows,
 * detached from JPA, so nothing lazy can leak out of a transaction.
 */
package org.threepl.portal.application.view;
