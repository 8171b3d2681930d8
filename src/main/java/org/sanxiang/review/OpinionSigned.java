package org.sanxiang.review;

/**
 * A written opinion was signed and kept (published synchronously, in the transaction of the
 * review step: a listener that fails fails the step).
 *
 * @param caseNumber     the case
 * @param opinionId      the opinion's id
 * @param reviewer       who signed it as reviewer
 * @param round          the review round
 * @param opinion        APPROVED or PROBLEMS
 * @param algorithm      the signature algorithm (SM3withSM2, Ed25519, SHA256withECDSA)
 * @param keyFingerprint the SHA-256 fingerprint of the agency's key that signed
 */
public record OpinionSigned(String caseNumber, long opinionId, String reviewer, int round, String opinion,
                            String algorithm, String keyFingerprint) {
}
