/** The webhook transport: deliveries posted over HTTP. */
package org.threepl.portal.infrastructure.webhook;
