/** Idempotency-Key: a retried creating request answered as the first was, never run twice. */
package org.threepl.portal.application.idempotency;
