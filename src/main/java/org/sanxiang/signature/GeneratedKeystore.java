package org.sanxiang.signature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Adds a new key with a self-signed certificate (ten years) to a PKCS12 keystore, creating the
 * keystore when it is missing: an Ed25519 key, or an SM2 key (curve sm2p256v1, certificate signed
 * SM3withSM2). Only for the demo and test profiles ({@code sanxiang.signing.generate-if-missing}); a
 * real agency brings its own keys (see README "Security" and "Full-process record").
 */
final class GeneratedKeystore {

    static final String KEY_ALGORITHM = "Ed25519";

    private GeneratedKeystore() {
    }

    static void create(Path file, char[] password, String alias, String subject) {
        addKey(file, password, alias, subject, false);
    }

    /** adds the key under the alias (the keystore is read first when it exists) and writes the keystore anew */
    static void addKey(Path file, char[] password, String alias, String subject, boolean sm2) {
        try {
            KeyPair pair = sm2 ? sm2Pair() : KeyPairGenerator.getInstance(KEY_ALGORITHM, BouncyCastle.PROVIDER).generateKeyPair();
            X500Name name = new X500Name(subject);
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofMinutes(5))), Date.from(now.plus(Duration.ofDays(3653))),
                name, pair.getPublic());
            ContentSigner signer = new JcaContentSignerBuilder(sm2 ? BouncyCastle.SM2 : KEY_ALGORITHM)
                .setProvider(BouncyCastle.PROVIDER).build(pair.getPrivate());
            X509Certificate certificate = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER)
                .getCertificate(builder.build(signer));

            Path absolute = file.toAbsolutePath();
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            if (Files.exists(absolute)) {
                try (InputStream in = Files.newInputStream(absolute)) {
                    store.load(in, password);
                }
            } else {
                store.load(null, null);
            }
            store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {certificate});

            Files.createDirectories(absolute.getParent());
            Path temporary = Files.createTempFile(absolute.getParent(), ".signing", ".p12");
            try {
                ownerOnly(temporary);
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (GeneralSecurityException | OperatorCreationException | IOException | IllegalArgumentException e) {
            throw new SigningKeyUnavailableException("无法生成签名密钥库 " + file + "：" + e.getMessage(), e);
        }
    }

    private static KeyPair sm2Pair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
        generator.initialize(new ECGenParameterSpec("sm2p256v1"));
        return generator.generateKeyPair();
    }

    private static void ownerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the directory's permissions apply
        }
    }
}
