package org.sanxiang.review;

import java.time.Instant;
import java.util.List;

/**
 * The result of re-verifying a stored written opinion.
 *
 * @param valid                 true only if the signature is the agency's signature of the stored canonical text
 *                              and the opinion's row still says exactly what was signed
 * @param result                {@code 有效} or {@code 无效}
 * @param problems              each thing that no longer matches, in Chinese; empty when valid
 * @param keyFingerprint        the fingerprint of the key that signed (as stored)
 * @param currentKeyFingerprint the fingerprint of the key that signs now
 */
public record OpinionVerification(Long opinionId, String caseNumber, int round, String reviewer, Instant signedAt,
                                  boolean valid, String result, List<String> problems, String signatureAlgorithm,
                                  String keyFingerprint, String currentKeyFingerprint, String signer) {
}
