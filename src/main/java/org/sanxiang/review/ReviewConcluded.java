package org.sanxiang.review;

import org.sanxiang.catalog.ReviewOutcome;
import static org.sanxiang.review.LegalReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.EnforcementCase;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.springframework.stereotype.Component;

/**
 * When a {@code legal-review} reaches an end event: the outcome is derived from the recorded
 * opinion or resolution (never from a variable a client could have set), kept, handed to the case
 * and to the review gate.
 */
@Component("reviewConcluded")
public class ReviewConcluded implements ExecutionListener {

    private final ReviewRecords records;
    private final ReviewHistory history;
    private final CaseRegister cases;
    private final Directory directory;

    public ReviewConcluded(ReviewRecords records, ReviewHistory history, CaseRegister cases, Directory directory) {
        this.records = records;
        this.history = history;
        this.cases = cases;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String reviewId = execution.getProcessInstanceId();
        String caseNumber = execution.getProcessBusinessKey();
        ReviewOutcome outcome = outcome(execution.getCurrentActivityId(), reviewId, caseNumber);
        int round = (Integer) execution.getVariable(ROUND);
        String actor = directory.actingUser().map(ActingUser::userId).orElse("system");
        records.save(new ReviewConclusion(new ReviewStep(caseNumber, reviewId, round, actor, ClockUtil.getCurrentTime().toInstant()), outcome));
        EnforcementCase enforcementCase = cases.get(caseNumber);
        enforcementCase.reviewConcluded(outcome);
        cases.save(enforcementCase);
        execution.setVariable(REVIEW_OUTCOME, outcome.name());
        execution.setVariable(REVIEW_PASSED, outcome.passed());
        execution.setVariable(REVIEW_HISTORY, history.render(caseNumber));
        if (outcome == ReviewOutcome.REVISE || outcome == ReviewOutcome.COLLECTIVE_REVISE) {
            execution.setVariable(OPINION_TO_ANSWER, toAnswer(reviewId));
        }
    }

    /** the last written opinion, and the collective discussion's minutes when it ordered the revision */
    private String toAnswer(String reviewId) {
        StringBuilder text = new StringBuilder();
        records.latestOpinion(reviewId).ifPresent(o -> text.append("第").append(o.getRound()).append("轮书面审核意见（")
            .append(o.getOpinion().label()).append("）：").append(o.getOpinionText() == null ? "" : o.getOpinionText()));
        records.latestAnswer(reviewId).ifPresent(a -> text.append("\n研究处理：").append(a.getResponse().label())
            .append("。").append(a.getResponseText()));
        records.latestNegotiation(reviewId).ifPresent(n -> text.append("\n协商：").append(n.getResult().label())
            .append("。").append(n.getNote()));
        records.latestDiscussion(reviewId).ifPresent(d -> text.append("\n负责人集体讨论：").append(d.getResolution().label())
            .append("。纪要：").append(d.getMinutes()));
        return text.toString().strip();
    }

    private ReviewOutcome outcome(String endEvent, String reviewId, String caseNumber) {
        switch (endEvent) {
            case END_PASSED -> {
                WrittenOpinion opinion = records.latestOpinion(reviewId).orElse(null);
                if (opinion == null || opinion.getOpinion() != Opinion.APPROVED || opinion.isReferToJudicial()) {
                    throw new ActionNotAllowedException("案件 " + caseNumber + " 没有“同意”的书面审核意见，法制审核不能以“审核通过”结束。");
                }
                return ReviewOutcome.APPROVED;
            }
            case END_REFERRED -> {
                WrittenOpinion opinion = records.latestOpinion(reviewId).orElse(null);
                if (opinion == null || !opinion.isReferToJudicial()) {
                    throw new ActionNotAllowedException("案件 " + caseNumber + " 没有建议移送司法机关的书面审核意见，不能以“移送司法机关”结束。");
                }
                return ReviewOutcome.CRIME_REFERRAL;
            }
            case END_REVISED -> {
                boolean answered = records.latestAnswer(reviewId).map(a -> a.getResponse() == Response.REVISE).orElse(false);
                boolean agreed = records.latestNegotiation(reviewId).map(n -> n.getResult() == NegotiationResult.REVISE).orElse(false);
                if (!answered && !agreed) {
                    throw new ActionNotAllowedException("案件 " + caseNumber + " 没有采纳审核意见或协商一致修改的记录，不能回到拟作出决定修改。");
                }
                return ReviewOutcome.REVISE;
            }
            case END_COLLECTIVE -> {
                CollectiveDiscussion discussion = records.latestDiscussion(reviewId).orElseThrow(() ->
                    new ActionNotAllowedException("案件 " + caseNumber + " 没有负责人集体讨论记录，法制审核不能以集体讨论决定结束。"));
                return switch (discussion.getResolution()) {
                    case APPROVE_DECISION -> ReviewOutcome.COLLECTIVE_APPROVED;
                    case REVISE -> ReviewOutcome.COLLECTIVE_REVISE;
                    case REJECT_DECISION -> ReviewOutcome.COLLECTIVE_REJECTED;
                };
            }
            default -> throw new IllegalStateException("unknown end event of legal-review: " + endEvent);
        }
    }
}
