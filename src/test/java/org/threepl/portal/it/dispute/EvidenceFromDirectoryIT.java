package org.threepl.portal.it.dispute;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.threepl.portal.it.support.Fixtures;
import org.threepl.portal.it.support.PortalDeployment;

/**
 * An upgrade from a version that kept dispute evidence on the server's disk: a file left in
 * {@code portal.attachments.dir} before the portal starts is in the database once it has started, byte for byte.
 */
@ExtendWith(ArquillianExtension.class)
class EvidenceFromDirectoryIT {

    private static final String KEY = UUID.randomUUID().toString();
    private static final byte[] CONTENT = ("%PDF-1.4 evidence kept on disk " + KEY).getBytes(StandardCharsets.UTF_8);
    private static Path file;

    /** Runs before the archive is deployed, so the file is there when the application starts. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        Path server = Path.of(System.getProperty("wlp.home"), "usr", "servers", System.getProperty("test.server.name"));
        file = server.resolve("attachments").resolve(KEY.substring(0, 2)).resolve(KEY);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, CONTENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PortalDeployment.war();
    }

    @AfterAll
    static void removeFile() throws IOException {
        Files.deleteIfExists(file);
    }

    @Test
    void aFileLeftOnDiskIsInTheDatabaseAfterStartUp() {
        var rows = Fixtures.query("select content from stored_file where storage_key = ?", KEY);
        assertEquals(1, rows.size(), "the file's row");
        assertArrayEquals(CONTENT, (byte[]) rows.get(0).get("content"));
    }
}
