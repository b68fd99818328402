/**
 * Outgoing mail through an outbox: {@link org.threepl.portal.application.mail.OutgoingMail} queues a mail in the
 * caller's transaction ({@link org.threepl.portal.application.mail.MailOutbox}) and the mail job sends it after commit
 * ({@link org.threepl.portal.application.mail.MailSender}), trying again later by
 * {@link org.threepl.portal.application.mail.MailRetry}.
 */
package org.threepl.portal.application.mail;
