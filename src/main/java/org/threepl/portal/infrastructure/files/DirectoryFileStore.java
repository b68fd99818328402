package org.threepl.portal.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.threepl.portal.application.dispute.FileStore;

/**
 * Stores bytes under a generated key in {@code portal.attachments.dir} (by default the server's output directory,
 * outside the web root). With several servers the directory must be shared (see docs/deployment.md). Keys are checked,
 * so no key can reach outside the directory.
 */
@ApplicationScoped
public class DirectoryFileStore implements FileStore {

    private static final Pattern KEY = Pattern.compile("[0-9a-f-]{36}");

    @Inject
    @ConfigProperty(name = "portal.attachments.dir", defaultValue = "attachments")
    String dir;

    public void put(String key, byte[] content) {
        Path target = path(key);
        try {
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "upload-", ".part");
            Files.write(tmp, content);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The file could not be stored", e);
        }
    }

    public byte[] get(String key) {
        try {
            return Files.readAllBytes(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException("The stored file " + key + " could not be read", e);
        }
    }

    private Path path(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return Path.of(dir).toAbsolutePath().resolve(key.substring(0, 2)).resolve(key);
    }
}
