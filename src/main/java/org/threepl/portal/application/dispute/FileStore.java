package org.threepl.portal.application.dispute;

/**
 * Bytes (a dispute's evidence) stored under a key, in the caller's transaction, and read back by it.
 *
 * <p>A port of the application, implemented in infrastructure by {@code DatabaseFileStore} (the table
 * {@code stored_file}, which every server of a cluster shares).
 */
public interface FileStore {
    /** Stores the content under the key. */
    void put(String key, byte[] content);

    /** The content stored under the key. */
    byte[] get(String key);
}
