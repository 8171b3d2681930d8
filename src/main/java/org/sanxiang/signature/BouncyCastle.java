package org.sanxiang.signature;

import java.security.Provider;
import java.security.PublicKey;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** The Bouncy Castle provider (SM2, SM3; not registered globally) and the signature algorithm of a public key. */
public final class BouncyCastle {

    public static final Provider PROVIDER = new BouncyCastleProvider();

    public static final String SM2 = "SM3withSM2";
    public static final String ED25519 = "Ed25519";
    public static final String ECDSA = "SHA256withECDSA";

    private BouncyCastle() {
    }

    /** the signature algorithm this key signs with: Ed25519, SM3withSM2 (an EC key on sm2p256v1) or SHA256withECDSA */
    public static String signatureAlgorithm(PublicKey key) {
        return switch (key.getAlgorithm()) {
            case "EdDSA", "Ed25519" -> ED25519;
            case "EC", "ECDSA", "SM2" -> isSm2(key) ? SM2 : ECDSA;
            default -> throw new IllegalArgumentException("unsupported key algorithm " + key.getAlgorithm() + " (use SM2, Ed25519 or EC)");
        };
    }

    static boolean isSm2(PublicKey key) {
        ASN1Encodable parameters = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm().getParameters();
        return GMObjectIdentifiers.sm2p256v1.equals(parameters);
    }
}
