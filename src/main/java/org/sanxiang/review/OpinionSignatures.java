package org.sanxiang.review;

import org.sanxiang.signature.AgencyKey;
import org.springframework.stereotype.Component;

/** Writes an opinion signed: its canonical text, signed with the agency's key, goes with it into the row. */
@Component
public class OpinionSignatures {

    private final AgencyKey key;

    public OpinionSignatures(AgencyKey key) {
        this.key = key;
    }

    public WrittenOpinion signed(OpinionContent content) {
        String canonicalText = OpinionCanonicalForm.of(content);
        return new WrittenOpinion(content, canonicalText, key.sign(canonicalText));
    }
}
