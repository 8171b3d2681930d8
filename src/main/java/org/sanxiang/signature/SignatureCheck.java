package org.sanxiang.signature;

/** What checking a signature against the agency's keys found. */
public enum SignatureCheck {
    /** the signature is the agency key's signature of exactly this text */
    VALID,
    /** the signature does not match the text (text or signature altered) */
    MISMATCH,
    /** no key of the agency's keystore has the fingerprint the signature names */
    UNKNOWN_KEY,
    /** the stored signature is not Base64 or not a signature of the named algorithm */
    MALFORMED
}
