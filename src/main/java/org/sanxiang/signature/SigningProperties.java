package org.sanxiang.signature;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code sanxiang.signing.*}: where the agency's signing key is kept.
 *
 * @param keystorePath     the PKCS12 keystore file (env {@code SANXIANG_SIGNING_KEYSTORE_PATH})
 * @param keystorePassword its password, also the key's (env {@code SANXIANG_SIGNING_KEYSTORE_PASSWORD})
 * @param alias            the alias of the Ed25519 (or ECDSA) signing key (default {@code opinion-signing})
 * @param generateIfMissing create the missing keys with self-signed certificates: for the demo and test profiles only
 * @param subject          the distinguished name of a generated key's certificate
 * @param crypto           {@code sm} (国密: new signatures are SM2 with SM3, the default of the
 *                         configuration) or {@code international} (Ed25519/ECDSA)
 * @param sm2Alias         the alias of the SM2 signing key (default {@code sm2-signing})
 */
@ConfigurationProperties(prefix = "sanxiang.signing")
public record SigningProperties(String keystorePath, String keystorePassword, String alias,
                                boolean generateIfMissing, String subject, String crypto, String sm2Alias) {

    public static final String DEFAULT_ALIAS = "opinion-signing";
    public static final String DEFAULT_SM2_ALIAS = "sm2-signing";
    public static final String SM = "sm";
    public static final String INTERNATIONAL = "international";

    @ConstructorBinding
    public SigningProperties {
        alias = alias == null || alias.isBlank() ? DEFAULT_ALIAS : alias.strip();
        sm2Alias = sm2Alias == null || sm2Alias.isBlank() ? DEFAULT_SM2_ALIAS : sm2Alias.strip();
        subject = subject == null || subject.isBlank() ? "CN=Sanxiang opinion signing (generated), O=Sanxiang" : subject;
        crypto = crypto == null || crypto.isBlank() ? INTERNATIONAL : crypto.strip().toLowerCase(java.util.Locale.ROOT);
        if (!SM.equals(crypto) && !INTERNATIONAL.equals(crypto)) {
            throw new SigningKeyUnavailableException("sanxiang.record.crypto 应为 sm（国密 SM2/SM3）或 international（Ed25519/SHA-256），收到的是“"
                + crypto + "”。");
        }
    }

    /** Ed25519/ECDSA signing (the key under {@code alias}) */
    public SigningProperties(String keystorePath, String keystorePassword, String alias, boolean generateIfMissing, String subject) {
        this(keystorePath, keystorePassword, alias, generateIfMissing, subject, INTERNATIONAL, null);
    }

    public boolean sm() {
        return SM.equals(crypto);
    }

    /** the alias of the key that signs now */
    public String signingAlias() {
        return sm() ? sm2Alias : alias;
    }
}
