/** MicroProfile Health checks served at /health (liveness is Liberty's own; readiness includes the database). */
package org.threepl.portal.interfaces.health;
