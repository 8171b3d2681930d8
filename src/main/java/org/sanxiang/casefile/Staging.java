package org.sanxiang.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.sanxiang.record.RecordHash;
import org.sanxiang.record.RecordSettings;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Streams an upload through a fixed buffer to a temporary file under {@code <directory>/incoming},
 * hashing it on the way: the content's address (its hash) is known only at the end, and the size
 * limit is enforced while it arrives. The caller moves or uploads the file and then deletes it.
 */
@Component
class Staging {

    private static final int BUFFER = 64 * 1024;

    private final Path incoming;
    private final RecordSettings record;
    private final FileSettings settings;

    Staging(FileSettings settings, RecordSettings record) {
        this.incoming = Path.of(settings.directory()).toAbsolutePath().normalize().resolve("incoming");
        this.record = record;
        this.settings = settings;
    }

    /** a staged upload: the temporary file and what it holds */
    record Staged(Path file, ContentStore.Stored content) {
    }

    Staged stage(InputStream in) throws IOException {
        RecordHash algorithm = record.hash();
        Digest digest = algorithm == RecordHash.SM3 ? new SM3Digest() : new SHA256Digest();
        Files.createDirectories(incoming);
        Path temporary = Files.createTempFile(incoming, "upload", ".part");
        long size = 0;
        long max = settings.maxSize().toBytes();
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
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return new Staged(temporary, new ContentStore.Stored(RecordHash.hex(hash), algorithm.label(), size));
    }
}
