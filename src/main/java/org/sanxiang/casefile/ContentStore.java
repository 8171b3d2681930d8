package org.sanxiang.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.sanxiang.record.RecordHash;
import org.sanxiang.record.RecordSettings;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The content-addressed store in a local directory: a file's content is kept once under its hash
 * (SM3 or SHA-256, as the record), never overwritten or deleted. Content streams through a fixed
 * buffer: a 2 GB recording never sits in memory.
 */
@Component
class ContentStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final RecordSettings record;
    private final FileSettings settings;

    ContentStore(FileSettings settings, RecordSettings record) {
        this.root = Path.of(settings.directory()).toAbsolutePath().normalize();
        this.record = record;
        this.settings = settings;
    }

    /** the stored content's hash (hex) and size */
    record Stored(String hash, String algorithm, long size) {
    }

    Stored put(InputStream in) throws IOException {
        RecordHash algorithm = record.hash();
        Digest digest = algorithm == RecordHash.SM3 ? new SM3Digest() : new SHA256Digest();
        Files.createDirectories(root.resolve("incoming"));
        Path temporary = Files.createTempFile(root.resolve("incoming"), "upload", ".part");
        long size = 0;
        long max = settings.maxSize().toBytes();
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    size += n;
                    if (size > max) {
                        throw new InvalidInputException("file", "文件超过允许的大小（" + settings.maxSize().toMegabytes() + " MB）。");
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            byte[] hash = new byte[digest.getDigestSize()];
            digest.doFinal(hash, 0);
            String hex = RecordHash.hex(hash);
            Path target = path(hex);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            }
            return new Stored(hex, algorithm.label(), size);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    InputStream open(String hash) throws IOException {
        return Files.newInputStream(path(hash));
    }

    private Path path(String hash) {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a content hash: " + hash);
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }
}
