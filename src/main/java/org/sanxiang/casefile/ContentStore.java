package org.sanxiang.casefile;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the case file's content is kept, content-addressed: each content once under its hash (SM3 or
 * SHA-256, as the record), never overwritten or deleted. {@code sanxiang.files.store} chooses a local
 * directory ({@link DirectoryStore}, the default) or an S3-compatible object store ({@link S3Store}).
 * Both stream: a 2 GB recording never sits in memory.
 */
interface ContentStore {

    /** the stored content's hash (hex) and size */
    record Stored(String hash, String algorithm, long size) {
    }

    /** stores the content (refused when larger than the configured maximum); its hash and size */
    Stored put(InputStream in) throws IOException;

    /** the content with this hash, streamed */
    InputStream open(String hash) throws IOException;

    /** the hash as a key of the store: two levels of directories or key prefixes, then the hash */
    static String key(String hash) {
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a content hash: " + hash);
        }
        return hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash;
    }
}
