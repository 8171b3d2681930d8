package org.sanxiang.review;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.sanxiang.signature.SignedText;

/**
 * 书面审核意见 (《法制审核意见书》) with its checklist, signed with the agency's key when it is
 * written. Never changed once written: the entity is immutable (no setters, Hibernate never
 * updates it, updating or deleting it through JPA fails), no API updates or deletes it, and
 * {@link OpinionVerifier} detects a row changed behind the application's back.
 */
@Entity
@Immutable
@Table(name = "review_opinion")
public class WrittenOpinion extends ReviewRecord {

    /** the name of the {@link Opinion}; kept as text so that a row changed to nonsense is still read and reported */
    private String opinion;
    private String passedChecks;
    private String failedChecks;
    private String opinionText;
    private boolean referToJudicial;
    private String canonicalText;
    private String signature;
    private String signatureAlgorithm;
    private String keyFingerprint;

    protected WrittenOpinion() {
    }

    /** the opinion as written and the agency's signature of its canonical text */
    public WrittenOpinion(OpinionContent content, String canonicalText, SignedText signed) {
        super(new ReviewStep(content.caseNumber(), content.reviewInstanceId(), content.round(), content.reviewer(), content.signedAt()));
        this.opinion = content.opinion().name();
        this.passedChecks = join(content.passedChecks());
        this.failedChecks = join(Arrays.stream(ReviewCheck.values()).filter(c -> !content.passedChecks().contains(c)).toList());
        this.opinionText = content.opinionText();
        this.referToJudicial = content.referToJudicial();
        this.canonicalText = canonicalText;
        this.signature = signed.signature();
        this.signatureAlgorithm = signed.algorithm();
        this.keyFingerprint = signed.keyFingerprint();
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new UnsupportedOperationException("书面审核意见一经出具，不得修改或删除（id " + getId() + "）。");
    }

    private static String join(List<ReviewCheck> checks) {
        return String.join(",", checks.stream().map(Enum::name).toList());
    }

    private static List<ReviewCheck> split(String checks) {
        return names(checks).stream().map(ReviewCheck::valueOf).toList();
    }

    static List<String> names(String checks) {
        return checks == null ? List.of() : Arrays.stream(checks.split(",")).filter(s -> !s.isBlank()).toList();
    }

    /** the stored signature, or null for an opinion written before opinions were signed */
    public SignedText signed() {
        return signature == null ? null : new SignedText(signature, signatureAlgorithm, keyFingerprint);
    }

    public Opinion getOpinion() { return Opinion.valueOf(opinion); }
    /** the stored values as they are, for verification */
    String opinionName() { return opinion; }
    List<String> passedCheckNames() { return names(passedChecks); }
    List<String> failedCheckNames() { return names(failedChecks); }
    public List<ReviewCheck> getPassedChecks() { return split(passedChecks); }
    public List<ReviewCheck> getFailedChecks() { return split(failedChecks); }
    public String getOpinionText() { return opinionText; }
    public boolean isReferToJudicial() { return referToJudicial; }
    public String getCanonicalText() { return canonicalText; }
    public String getSignature() { return signature; }
    public String getSignatureAlgorithm() { return signatureAlgorithm; }
    public String getKeyFingerprint() { return keyFingerprint; }
}
