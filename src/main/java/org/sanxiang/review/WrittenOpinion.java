package org.sanxiang.review;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 书面审核意见 (《法制审核意见书》) with its checklist. Never changed once written. */
@Entity
@Table(name = "review_opinion")
public class WrittenOpinion extends ReviewRecord {

    @Enumerated(EnumType.STRING)
    private Opinion opinion;
    private String passedChecks;
    private String failedChecks;
    private String opinionText;
    private boolean referToJudicial;

    protected WrittenOpinion() {
    }

    public WrittenOpinion(ReviewStep step, Opinion opinion, List<ReviewCheck> passed, String opinionText, boolean referToJudicial) {
        super(step);
        this.opinion = opinion;
        this.passedChecks = join(passed);
        this.failedChecks = join(Arrays.stream(ReviewCheck.values()).filter(c -> !passed.contains(c)).toList());
        this.opinionText = opinionText;
        this.referToJudicial = referToJudicial;
    }

    private static String join(List<ReviewCheck> checks) {
        return String.join(",", checks.stream().map(Enum::name).toList());
    }

    private static List<ReviewCheck> split(String checks) {
        return Arrays.stream(checks.split(",")).filter(s -> !s.isBlank()).map(ReviewCheck::valueOf).toList();
    }

    public Opinion getOpinion() { return opinion; }
    public List<ReviewCheck> getPassedChecks() { return split(passedChecks); }
    public List<ReviewCheck> getFailedChecks() { return split(failedChecks); }
    public String getOpinionText() { return opinionText; }
    public boolean isReferToJudicial() { return referToJudicial; }
}
