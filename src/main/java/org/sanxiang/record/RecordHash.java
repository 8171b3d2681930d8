package org.sanxiang.record;

import java.util.HexFormat;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;

/** The record's hash function: SM3 (GB/T 32905, 国密) or SHA-256; both 32 bytes. */
public enum RecordHash {
    SM3, SHA256;

    public static RecordHash forCrypto(String crypto) {
        return "international".equalsIgnoreCase(crypto) ? SHA256 : SM3;
    }

    public static RecordHash named(String name) {
        return "SHA-256".equalsIgnoreCase(name) || "SHA256".equalsIgnoreCase(name) ? SHA256 : SM3;
    }

    /** the name stored with each entry and shown in manifests */
    public String label() {
        return this == SM3 ? "SM3" : "SHA-256";
    }

    public byte[] hash(byte[]... parts) {
        Digest digest = this == SM3 ? new SM3Digest() : new SHA256Digest();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }

    /** RFC 9162 leaf hash: H(0x00 ‖ data) */
    public byte[] leaf(byte[] data) {
        return hash(new byte[] {0}, data);
    }

    /** RFC 9162 interior node: H(0x01 ‖ left ‖ right) */
    public byte[] node(byte[] left, byte[] right) {
        return hash(new byte[] {1}, left, right);
    }

    public byte[] empty() {
        return hash();
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static byte[] unhex(String hex) {
        return hex == null ? new byte[0] : HexFormat.of().parseHex(hex);
    }
}
