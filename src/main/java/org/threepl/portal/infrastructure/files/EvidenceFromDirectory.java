package org.threepl.portal.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Copies the dispute evidence that earlier versions kept in {@code portal.attachments.dir} into the database, once, at
 * start-up: files whose key is already stored are skipped, so every start (and every server) may run it. The directory
 * is left as it was; once a start has logged the copy it can be archived.
 */
@ApplicationScoped
public class EvidenceFromDirectory {

    private static final Logger LOG = Logger.getLogger(EvidenceFromDirectory.class.getName());

    @Inject
    @ConfigProperty(name = "portal.attachments.dir", defaultValue = "attachments")
    String dir;

    @Inject
    DatabaseFileStore store;

    /** The number of files copied now. */
    public int copyIn() {
        Path root = Path.of(dir).toAbsolutePath();
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root, 2)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> DatabaseFileStore.KEY
                            .matcher(p.getFileName().toString())
                            .matches())
                    .toList();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not list the evidence directory " + root, e);
            return 0;
        }
        int copied = 0;
        for (Path file : files) {
            try {
                if (store.putIfAbsent(file.getFileName().toString(), Files.readAllBytes(file))) {
                    copied++;
                }
            } catch (IOException | RuntimeException e) {
                // another server copying the same file at the same moment, or an unreadable file: the next start
                // retries
                LOG.log(Level.WARNING, "Could not copy the evidence file " + file + " into the database", e);
            }
        }
        int n = copied;
        if (n > 0) {
            LOG.info(() -> n + " dispute evidence file(s) copied from " + root + " into the database");
        }
        return n;
    }
}
