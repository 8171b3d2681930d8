package org.sanxiang.review;

import java.time.Instant;
import java.util.List;

/** A signed written opinion as {@code GET /api/opinions/{id}} answers it, with its canonical text and signature. */
public record OpinionView(Long id, String caseNumber, int round, String reviewer, Instant signedAt, String opinion,
                          List<String> passedChecks, List<String> failedChecks, String opinionText, boolean referToJudicial,
                          String canonicalText, String signature, String signatureAlgorithm, String keyFingerprint,
                          String verification, String print) {

    static OpinionView of(WrittenOpinion o) {
        return new OpinionView(o.getId(), o.getCaseNumber(), o.getRound(), o.getActor(), o.getRecordedAt(), o.opinionName(),
            o.passedCheckNames(), o.failedCheckNames(), o.getOpinionText(), o.isReferToJudicial(), o.getCanonicalText(),
            o.getSignature(), o.getSignatureAlgorithm(), o.getKeyFingerprint(),
            "/api/opinions/" + o.getId() + "/verification", "/opinions/" + o.getId() + "/print");
    }
}
