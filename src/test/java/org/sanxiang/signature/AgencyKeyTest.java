package org.sanxiang.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agency's key: generated only where allowed, loaded with clear refusals, signing and verifying with the JDK. */
class AgencyKeyTest {

    @TempDir
    Path dir;

    SigningProperties generating(Path file) {
        return new SigningProperties(file.toString(), "pw-123456", null, true, null);
    }

    @Test
    void aMissingKeystoreIsGeneratedWhereAllowedAndTheSameKeyIsLoadedAgain() {
        Path file = dir.resolve("keys/signing.p12");
        AgencyKey first = AgencyKey.load(generating(file));
        AgencyKey again = AgencyKey.load(generating(file));

        assertThat(file).exists();
        assertThat(first.algorithm()).isEqualTo("Ed25519");
        assertThat(first.fingerprint()).hasSize(64).isEqualTo(again.fingerprint());
        SignedText signed = first.sign("同意。");
        assertThat(again.verify("同意。", signed)).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void aSignatureDoesNotVerifyAnotherTextNorANamedUnknownKeyNorGarbage() {
        AgencyKey key = AgencyKey.load(generating(dir.resolve("a.p12")));
        SignedText signed = key.sign("{\"opinion\":\"APPROVED\"}");

        assertThat(key.verify("{\"opinion\":\"PROBLEMS\"}", signed)).isEqualTo(SignatureCheck.MISMATCH);
        assertThat(key.verify("{\"opinion\":\"APPROVED\"}", new SignedText(signed.signature(), signed.algorithm(), "0".repeat(64))))
            .isEqualTo(SignatureCheck.UNKNOWN_KEY);
        assertThat(key.verify("{\"opinion\":\"APPROVED\"}", new SignedText("not base64!", signed.algorithm(), signed.keyFingerprint())))
            .isEqualTo(SignatureCheck.MALFORMED);
    }

    @Test
    void anotherAgencysKeyDoesNotVerifyOurSignatures() {
        AgencyKey ours = AgencyKey.load(generating(dir.resolve("ours.p12")));
        AgencyKey theirs = AgencyKey.load(generating(dir.resolve("theirs.p12")));
        SignedText forged = theirs.sign("text");

        assertThat(ours.verify("text", forged)).isEqualTo(SignatureCheck.UNKNOWN_KEY);
        assertThat(ours.verify("text", new SignedText(forged.signature(), forged.algorithm(), ours.fingerprint())))
            .isEqualTo(SignatureCheck.MISMATCH);
    }

    @Test
    void withoutGenerationAMissingKeystoreStopsStartUpSayingWhatToConfigure() {
        Path file = dir.resolve("missing.p12");
        assertThatThrownBy(() -> AgencyKey.load(new SigningProperties(file.toString(), "pw", null, false, null)))
            .isInstanceOf(SigningKeyUnavailableException.class)
            .hasMessageContaining("不存在").hasMessageContaining(file.toAbsolutePath().toString());
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnconfiguredPathOrPasswordStopsStartUp() {
        assertThatThrownBy(() -> AgencyKey.load(new SigningProperties("", "pw", null, true, null)))
            .isInstanceOf(SigningKeyUnavailableException.class).hasMessageContaining("SANXIANG_SIGNING_KEYSTORE_PATH");
        assertThatThrownBy(() -> AgencyKey.load(new SigningProperties(dir.resolve("x.p12").toString(), "", null, true, null)))
            .isInstanceOf(SigningKeyUnavailableException.class).hasMessageContaining("SANXIANG_SIGNING_KEYSTORE_PASSWORD");
    }

    @Test
    void aWrongPasswordOrAliasIsRefusedClearly() {
        Path file = dir.resolve("b.p12");
        AgencyKey.load(generating(file));

        assertThatThrownBy(() -> AgencyKey.load(new SigningProperties(file.toString(), "wrong", null, false, null)))
            .isInstanceOf(SigningKeyUnavailableException.class).hasMessageContaining("密码");
        assertThatThrownBy(() -> AgencyKey.load(new SigningProperties(file.toString(), "pw-123456", "other", false, null)))
            .isInstanceOf(SigningKeyUnavailableException.class).hasMessageContaining("别名为“other”");
    }

    @Test
    void anEcdsaKeyBroughtByTheAgencySignsToo() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair pair = generator.generateKeyPair();
        X500Name name = new X500Name("CN=某市市场监督管理局");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
            BigInteger.TEN, new Date(), new Date(System.currentTimeMillis() + 86_400_000L), name, pair.getPublic())
            .build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("opinion-signing", pair.getPrivate(), "ec-pass".toCharArray(), new Certificate[] {certificate});
        Path file = dir.resolve("ec.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, "ec-pass".toCharArray());
        }

        AgencyKey key = AgencyKey.load(new SigningProperties(file.toString(), "ec-pass", null, false, null));

        assertThat(key.algorithm()).isEqualTo("SHA256withECDSA");
        assertThat(key.signer()).contains("某市市场监督管理局");
        assertThat(key.verify("文本", key.sign("文本"))).isEqualTo(SignatureCheck.VALID);
    }

    @Test
    void switchedToSmAnSm2KeyIsAddedAndSignsWhileWhatTheEd25519KeySignedKeepsVerifying() {
        Path file = dir.resolve("switch.p12");
        AgencyKey international = AgencyKey.load(generating(file));
        SignedText before = international.sign("早先签署的意见书");

        AgencyKey sm = AgencyKey.load(new SigningProperties(file.toString(), "pw-123456", null, true, null, "sm", null));

        assertThat(sm.algorithm()).isEqualTo("SM3withSM2");
        assertThat(sm.fingerprint()).isNotEqualTo(international.fingerprint());
        SignedText after = sm.sign("新的意见书");
        assertThat(after.algorithm()).isEqualTo("SM3withSM2");
        assertThat(sm.verify("新的意见书", after)).isEqualTo(SignatureCheck.VALID);
        assertThat(sm.verify("早先签署的意见书", before)).isEqualTo(SignatureCheck.VALID);
        assertThat(sm.verify("改动过的意见书", after)).isEqualTo(SignatureCheck.MISMATCH);
        assertThat(AgencyKey.load(new SigningProperties(file.toString(), "pw-123456", null, false, null, "sm", null)).fingerprint())
            .isEqualTo(sm.fingerprint());
    }

    @Test
    void anUnknownCryptoSettingStopsStartUpSayingWhatIsAllowed() {
        assertThatThrownBy(() -> new SigningProperties("x", "pw", null, false, null, "rsa", null))
            .isInstanceOf(SigningKeyUnavailableException.class).hasMessageContaining("sm（国密 SM2/SM3）或 international");
    }
}
