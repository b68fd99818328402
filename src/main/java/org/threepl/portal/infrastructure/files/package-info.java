/** Files kept outside the web root: the bytes of dispute evidence, under generated names. */
package org.threepl.portal.infrastructure.files;
