package org.sanxiang.record;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanxiang.record.*}: the record's cryptography and checkpoints.
 *
 * @param crypto             {@code sm} (SM3/SM2, default) or {@code international} (SHA-256/Ed25519)
 * @param origin             the first line of every checkpoint, naming this log
 * @param keyName            the signer's name on the checkpoints' signature line
 * @param checkpointInterval how often a signed checkpoint is issued
 */
@ConfigurationProperties(prefix = "sanxiang.record")
public record RecordSettings(String crypto, String origin, String keyName, Duration checkpointInterval) {

    public RecordSettings {
        crypto = crypto == null || crypto.isBlank() ? "sm" : crypto.strip();
        origin = origin == null || origin.isBlank() ? "sanxiang-workflow/record" : origin.strip();
        keyName = keyName == null || keyName.isBlank() ? "sanxiang-agency" : keyName.strip();
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(10) : checkpointInterval;
    }

    public RecordHash hash() {
        return RecordHash.forCrypto(crypto);
    }
}
