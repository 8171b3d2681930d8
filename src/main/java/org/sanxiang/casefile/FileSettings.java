package org.sanxiang.casefile;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code sanxiang.files.*}: where the case file's content is kept.
 *
 * @param directory the local directory of the content-addressed store (default {@code ./data/files})
 * @param maxSize   the largest file accepted (default 4 GB; the multipart limits follow it)
 */
@ConfigurationProperties(prefix = "sanxiang.files")
public record FileSettings(String directory, DataSize maxSize) {

    public FileSettings {
        directory = directory == null || directory.isBlank() ? "./data/files" : directory;
        maxSize = maxSize == null ? DataSize.ofGigabytes(4) : maxSize;
    }
}
