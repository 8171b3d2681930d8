package org.sanxiang.review;


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
    public OpinionView read(@PathVariable String id) {
        return OpinionView.of(access.find(id).opinion());
    }

    @GetMapping("/verification")
    public OpinionVerification verification(@PathVariable String id) {
        return verifier.verify(access.find(id).opinion());
    }

}
