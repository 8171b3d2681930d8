package org.sanxiang.record;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;

import org.sanxiang.signature.BouncyCastle;

/**
 * A checkpoint in the C2SP tlog-checkpoint text format, signed as a C2SP signed note:
 * <pre>
 * origin
 * tree size
 * base64 root hash
 *
 * — key-name base64(key id ‖ signature)
 * </pre>
 * The signature covers the three body lines, each ending in a newline. Key id: the first four
 * bytes of SHA-256(key name ‖ 0x0A ‖ algorithm byte ‖ the public key's X.509 SubjectPublicKeyInfo),
 * algorithm byte 0x01 Ed25519, 0x02 ECDSA P-256, 0x04 SM2 (SM3withSM2, GB/T 32918). Needs no
 * Spring: the offline verifier reads checkpoints with it.
 */
public record CheckpointNote(String origin, long treeSize, byte[] rootHash, String keyName, byte[] keyId, byte[] signature) {

    static final String DASH = "\u2014 ";

    public String body() {
        return body(origin, treeSize, rootHash);
    }

    static String body(String origin, long treeSize, byte[] rootHash) {
        return origin + "\n" + treeSize + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n";
    }

    public String text() {
        byte[] both = ByteBuffer.allocate(keyId.length + signature.length).put(keyId).put(signature).array();
        return body() + "\n" + DASH + keyName + " " + Base64.getEncoder().encodeToString(both) + "\n";
    }

    /** parses a checkpoint's text; null when it is not one */
    public static CheckpointNote parse(String text) {
        if (text == null) {
            return null;
        }
        String[] parts = text.split("\n\n", 2);
        if (parts.length != 2) {
            return null;
        }
        String[] body = parts[0].split("\n");
        String signatureLine = parts[1].strip();
        if (body.length < 3 || !signatureLine.startsWith(DASH)) {
            return null;
        }
        try {
            String[] name = signatureLine.substring(DASH.length()).split(" ");
            byte[] both = Base64.getDecoder().decode(name[1]);
            return new CheckpointNote(body[0], Long.parseLong(body[1]), Base64.getDecoder().decode(body[2]), name[0],
                Arrays.copyOf(both, 4), Arrays.copyOfRange(both, 4, both.length));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** the signature is by one of the keys (matched by key id) over exactly this body */
    public boolean verify(Collection<PublicKey> keys) {
        for (PublicKey key : keys) {
            if (Arrays.equals(keyId(keyName, key), keyId)) {
                try {
                    Signature verifier = Signature.getInstance(BouncyCastle.signatureAlgorithm(key), BouncyCastle.PROVIDER);
                    verifier.initVerify(key);
                    verifier.update(body().getBytes(StandardCharsets.UTF_8));
                    if (verifier.verify(signature)) {
                        return true;
                    }
                } catch (GeneralSecurityException | IllegalArgumentException e) {
                    // not this key's signature
                }
            }
        }
        return false;
    }

    public static byte[] keyId(String keyName, PublicKey key) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(keyName.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0x0A);
            String algorithm = BouncyCastle.signatureAlgorithm(key);
            sha.update((byte) (BouncyCastle.ED25519.equals(algorithm) ? 0x01 : BouncyCastle.SM2.equals(algorithm) ? 0x04 : 0x02));
            sha.update(key.getEncoded());
            return Arrays.copyOf(sha.digest(), 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
