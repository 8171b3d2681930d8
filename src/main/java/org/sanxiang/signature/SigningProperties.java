package org.sanxiang.signature;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanxiang.signing.*}: where the agency's signing key is kept.
 *
 * @param keystorePath     the PKCS12 keystore file (env {@code SANXIANG_SIGNING_KEYSTORE_PATH})
 * @param keystorePassword its password, also the key's (env {@code SANXIANG_SIGNING_KEYSTORE_PASSWORD})
 * @param alias            the alias of the signing key in the keystore (default {@code opinion-signing})
 * @param generateIfMissing create a new Ed25519 key with a self-signed certificate when the file is
 *                         missing: for the demo and test profiles only
 * @param subject          the distinguished name of a generated key's certificate
 */
@ConfigurationProperties(prefix = "sanxiang.signing")
public record SigningProperties(String keystorePath, String keystorePassword, String alias,
                                boolean generateIfMissing, String subject) {

    public static final String DEFAULT_ALIAS = "opinion-signing";

    public SigningProperties {
        alias = alias == null || alias.isBlank() ? DEFAULT_ALIAS : alias.strip();
        subject = subject == null || subject.isBlank() ? "CN=Sanxiang opinion signing (generated), O=Sanxiang" : subject;
    }
}
