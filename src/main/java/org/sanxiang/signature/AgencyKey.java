package org.sanxiang.signature;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The agency's signing key, loaded once at start-up from the configured PKCS12 keystore. Signs
 * with the key under the configured alias; verifies with any certificate of the keystore, so a
 * keystore that keeps the certificates of retired keys still verifies what they signed.
 * Verification never trusts a key stored next to the data: whoever can change the data could
 * change that key too.
 */
public class AgencyKey {

    private static final Logger LOG = LoggerFactory.getLogger(AgencyKey.class);

    private final PrivateKey privateKey;
    private final String algorithm;
    private final String fingerprint;
    private final String signer;
    private final Map<String, PublicKey> verificationKeys;

    AgencyKey(PrivateKey privateKey, X509Certificate certificate, Map<String, PublicKey> verificationKeys) {
        this.privateKey = privateKey;
        this.algorithm = signatureAlgorithm(certificate.getPublicKey());
        this.fingerprint = fingerprint(certificate.getPublicKey());
        this.signer = certificate.getSubjectX500Principal().getName();
        this.verificationKeys = Collections.unmodifiableMap(verificationKeys);
    }

    /** loads the keystore the properties name, generating it first where that is allowed */
    public static AgencyKey load(SigningProperties properties) {
        if (properties.keystorePath() == null || properties.keystorePath().isBlank()) {
            throw new SigningKeyUnavailableException("未配置签名密钥库：请设置 sanxiang.signing.keystore-path"
                + "（环境变量 SANXIANG_SIGNING_KEYSTORE_PATH）和 sanxiang.signing.keystore-password"
                + "（SANXIANG_SIGNING_KEYSTORE_PASSWORD），指向机关用于签署书面审核意见的 PKCS12 密钥库。");
        }
        if (properties.keystorePassword() == null || properties.keystorePassword().isEmpty()) {
            throw new SigningKeyUnavailableException("未配置签名密钥库的密码：请设置 sanxiang.signing.keystore-password"
                + "（环境变量 SANXIANG_SIGNING_KEYSTORE_PASSWORD）。");
        }
        Path path = Path.of(properties.keystorePath()).toAbsolutePath().normalize();
        char[] password = properties.keystorePassword().toCharArray();
        String alias = properties.signingAlias();
        if (!Files.exists(path)) {
            if (!properties.generateIfMissing()) {
                throw new SigningKeyUnavailableException("签名密钥库 " + path.toAbsolutePath() + " 不存在：请将机关的签名密钥库"
                    + "（PKCS12，别名 " + alias + "）放在该位置，或用 sanxiang.signing.keystore-path 指向它。");
            }
            GeneratedKeystore.addKey(path, password, alias, properties.subject(), properties.sm());
            LOG.warn("Generated a new signing key in {} (demo/test only: never use it for real opinions)", path.toAbsolutePath());
        }
        KeyStore store = read(path, password);
        try {
            if (!store.isKeyEntry(alias) && properties.generateIfMissing()) {
                GeneratedKeystore.addKey(path, password, alias, properties.subject(), properties.sm());
                LOG.warn("Added a new {} signing key to {} (demo/test only)", properties.sm() ? "SM2" : "Ed25519", path);
                store = read(path, password);
            }
            if (!store.isKeyEntry(alias)) {
                throw new SigningKeyUnavailableException("签名密钥库 " + path.toAbsolutePath() + " 中没有别名为“"
                    + alias + "”的私钥（" + (properties.sm() ? "sanxiang.signing.sm2-alias" : "sanxiang.signing.alias") + "）。");
            }
            PrivateKey key = (PrivateKey) store.getKey(alias, password);
            X509Certificate certificate = (X509Certificate) store.getCertificate(alias);
            Map<String, PublicKey> keys = new LinkedHashMap<>();
            for (String other : Collections.list(store.aliases())) {
                Certificate c = store.getCertificate(other);
                if (c != null) {
                    keys.put(fingerprint(c.getPublicKey()), c.getPublicKey());
                }
            }
            AgencyKey agencyKey = new AgencyKey(key, certificate, keys);
            agencyKey.selfTest();
            LOG.info("Signing key {} ({}), fingerprint {}", alias, agencyKey.algorithm, agencyKey.fingerprint);
            return agencyKey;
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new SigningKeyUnavailableException("签名密钥库 " + path.toAbsolutePath() + " 中别名“" + properties.alias()
                + "”的密钥不可用（应为 Ed25519 或 EC 私钥及其 X.509 证书）：" + e.getMessage(), e);
        }
    }

    private static KeyStore read(Path path, char[] password) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            store.load(in, password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningKeyUnavailableException("无法读取签名密钥库 " + path.toAbsolutePath()
                + "：文件不是 PKCS12 密钥库或密码（sanxiang.signing.keystore-password）不正确。", e);
        }
    }

    /** signs the bytes with the agency's key: the raw signature */
    public byte[] signBytes(byte[] data) {
        try {
            Signature signature = Signature.getInstance(algorithm, BouncyCastle.PROVIDER);
            signature.initSign(privateKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    /** the public key that signs now */
    public PublicKey publicKey() {
        return verificationKeys.get(fingerprint);
    }

    /** the public keys of the keystore by fingerprint (the current one and retired ones) */
    public Map<String, PublicKey> verificationKeys() {
        return verificationKeys;
    }

    /** signs the text (UTF-8) with the agency's key */
    public SignedText sign(String text) {
        return new SignedText(Base64.getEncoder().encodeToString(signBytes(text.getBytes(StandardCharsets.UTF_8))),
            algorithm, fingerprint);
    }

    /** checks that the signature is the signature of the text by the key with the fingerprint */
    public SignatureCheck verify(String text, SignedText signed) {
        PublicKey key = verificationKeys.get(signed.keyFingerprint());
        if (key == null) {
            return SignatureCheck.UNKNOWN_KEY;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(signed.signature());
            Signature signature = Signature.getInstance(signatureAlgorithm(key), BouncyCastle.PROVIDER);
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(bytes) ? SignatureCheck.VALID : SignatureCheck.MISMATCH;
        } catch (IllegalArgumentException | SignatureException e) {
            return SignatureCheck.MALFORMED;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("verification failed", e);
        }
    }

    /** the fingerprint of the key that signs now */
    public String fingerprint() {
        return fingerprint;
    }

    /** the subject of the signing key's certificate */
    public String signer() {
        return signer;
    }

    public String algorithm() {
        return algorithm;
    }

    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signatureAlgorithm(PublicKey key) {
        return BouncyCastle.signatureAlgorithm(key);
    }

    private void selfTest() {
        String probe = "sanxiang signing key self-test";
        if (verify(probe, sign(probe)) != SignatureCheck.VALID) {
            throw new SigningKeyUnavailableException("签名密钥自检失败：别名对应的私钥与证书不匹配。");
        }
    }
}
