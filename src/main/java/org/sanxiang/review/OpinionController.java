package org.sanxiang.review;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/opinions/{id}}: a signed written opinion as stored (with its canonical text and
 * signature) and {@code /api/opinions/{id}/verification}: its re-verification, valid or exactly
 * what no longer matches. Read-only: there is no API that changes or deletes an opinion.
 */
@RestController
@RequestMapping(path = "/api/opinions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
public class OpinionController {

    private final OpinionAccess access;
    private final OpinionVerifier verifier;

    public OpinionController(OpinionAccess access, OpinionVerifier verifier) {
        this.access = access;
        this.verifier = verifier;
    }

    @GetMapping
    public Map<String, Object> read(@PathVariable String id) {
        WrittenOpinion o = access.find(id).opinion();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", o.getId());
        body.put("caseNumber", o.getCaseNumber());
        body.put("round", o.getRound());
        body.put("reviewer", o.getActor());
        body.put("signedAt", o.getRecordedAt());
        body.put("opinion", o.opinionName());
        body.put("passedChecks", o.passedCheckNames());
        body.put("failedChecks", o.failedCheckNames());
        body.put("opinionText", o.getOpinionText());
        body.put("referToJudicial", o.isReferToJudicial());
        body.put("canonicalText", o.getCanonicalText());
        body.put("signature", o.getSignature());
        body.put("signatureAlgorithm", o.getSignatureAlgorithm());
        body.put("keyFingerprint", o.getKeyFingerprint());
        body.put("verification", "/api/opinions/" + o.getId() + "/verification");
        body.put("print", "/opinions/" + o.getId() + "/print");
        return body;
    }

    @GetMapping("/verification")
    public OpinionVerification verification(@PathVariable String id) {
        return verifier.verify(access.find(id).opinion());
    }

}
