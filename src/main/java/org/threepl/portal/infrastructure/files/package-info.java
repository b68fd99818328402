/** Dispute evidence in the database (the bytes, under generated keys), and the copy of older files kept on disk. */
package org.threepl.portal.infrastructure.files;
