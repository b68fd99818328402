/**
 * The home page of each role: counts over current facts and the SLA roll-ups that tell a client, an account manager or
 * an operations admin what needs them now.
 */
package org.threepl.portal.application.home;
