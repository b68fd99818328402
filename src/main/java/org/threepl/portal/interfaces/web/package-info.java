/**
 * The PrimeFaces portal: thin view beans that map form input, call one application service and expose its views; the
 * form-login configuration; security headers; locale switching.
 */
package org.threepl.portal.interfaces.web;
