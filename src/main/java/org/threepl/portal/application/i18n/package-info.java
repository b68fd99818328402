/**
 * How the portal speaks to people: texts from the bundles in the reader's language, and figures (times in the reader's
 * zone, money with its currency's minor unit, numbers, percentages, durations) formatted for the reader. Pages,
 * notifications, e-mails and exports all go through here; the API stays in UTC and plain numbers.
 */
package org.threepl.portal.application.i18n;
