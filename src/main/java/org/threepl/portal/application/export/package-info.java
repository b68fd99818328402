/**
 * Files that people download from the portal's pages, as opposed to the API's machine files: what a value of such a
 * file is ({@link org.threepl.portal.application.export.Shown}) and how the services write their columns in the
 * reader's language, zone and conventions ({@link org.threepl.portal.application.export.ForPeople}). The API's exports
 * keep their stable column names, codes and UTC ISO instants.
 */
package org.threepl.portal.application.export;
