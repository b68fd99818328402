package org.threepl.portal.application.dispute;

/**
 * Bytes (a dispute's evidence) stored under a key and read back by it, outside the database.
 *
 * <p>A port of the application, implemented in infrastructure by {@code DirectoryFileStore} (a directory,
 * {@code portal.attachments.dir}).
 */
public interface FileStore {
    /** Stores the content under the key. */
    void put(String key, byte[] content);

    /** The content stored under the key. */
    byte[] get(String key);
}
