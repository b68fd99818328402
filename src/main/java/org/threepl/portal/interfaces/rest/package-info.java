/**
 * The versioned JSON API under {@code /api/v1}: thin JAX-RS resources that map input, call one application service and
 * return its view; API-key authentication; errors as RFC 9457 problem+json.
 */
package org.threepl.portal.interfaces.rest;
