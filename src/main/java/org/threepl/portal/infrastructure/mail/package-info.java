/** E-mail over SMTP, configured by the portal.mail.* server variables. */
package org.threepl.portal.infrastructure.mail;
