package org.sanxiang.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The content-addressed store in a local directory ({@code sanxiang.files.store=directory}, the default). */
@Component
@ConditionalOnProperty(name = "sanxiang.files.store", havingValue = "directory", matchIfMissing = true)
class DirectoryStore implements ContentStore {

    private final Path root;
    private final Staging staging;

    DirectoryStore(FileSettings settings, Staging staging) {
        this.root = Path.of(settings.directory()).toAbsolutePath().normalize();
        this.staging = staging;
    }

    @Override
    public Stored put(InputStream in) throws IOException {
        Staging.Staged staged = staging.stage(in);
        try {
            Path target = path(staged.content().hash());
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
            }
            return staged.content();
        } finally {
            Files.deleteIfExists(staged.file());
        }
    }

    @Override
    public InputStream open(String hash) throws IOException {
        return Files.newInputStream(path(hash));
    }

    private Path path(String hash) {
        return root.resolve(ContentStore.key(hash));
    }
}
