package org.sanxiang.signature;

/**
 * A signature over a canonical text.
 *
 * @param signature      the signature bytes, Base64
 * @param algorithm      the JCA signature algorithm, e.g. {@code Ed25519}
 * @param keyFingerprint SHA-256 of the signing key's public key (X.509 SubjectPublicKeyInfo), lowercase hex
 */
public record SignedText(String signature, String algorithm, String keyFingerprint) {
}
