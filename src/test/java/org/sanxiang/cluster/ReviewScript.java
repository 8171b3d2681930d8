package org.sanxiang.cluster;

import static org.sanxiang.CaseFixture.majorFacts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanxiang.CaseFixture;

/**
 * What happens to one major case of the cluster tests (a fine of 80,000 yuan on a company by a
 * county agency): registered, investigated, drafted, the party notified, submitted for legal review,
 * accepted, approved, and decided by the leader; every fourth case first gets a {@code PROBLEMS}
 * opinion, is revised and submitted again. The case then waits for 送达 (serve-decision).
 * Each step may go to another node: step {@code s} of case {@code i} goes to lane {@code i + s}.
 */
final class ReviewScript {

    static final List<String> ALL_MATERIALS = List.of("DRAFT_DECISION", "DOCUMENTS", "EVIDENCE", "PARTY_STATEMENT", "PROCESS_RECORD");

    record Step(String taskKey, String user, Map<String, Object> values) { }

    private final String batch;
    private final int index;

    ReviewScript(String batch, int index) {
        this.batch = batch;
        this.index = index;
    }

    /** unique among all cases of a test database: how the client finds its case again after a failure */
    String title() {
        return String.format("集群测试案件 %s-%04d", batch, index);
    }

    boolean revised() {
        return index % 4 == 3;
    }

    String registrant() {
        return index % 2 == 0 ? "handler1" : "handler2";
    }

    String reviewer() {
        return index % 2 == 0 ? "reviewer1" : "reviewer2";
    }

    Map<String, Object> facts() {
        return with(majorFacts(), "caseTitle", title(), "partyName", String.format("集群测试%s第%04d号贸易有限公司", batch, index));
    }

    List<Step> steps() {
        List<Step> steps = new ArrayList<>(stepsToTheReview());
        steps.addAll(stepsOfTheReview());
        return steps;
    }

    /** from 立案 to the first acceptance (受理): the review period then runs, with its timers */
    List<Step> stepsToTheReview() {
        return List.of(
            new Step("investigate", registrant(), vars(
                "investigationSummary", "现场检查发现不合格产品。", "evidenceList", "检查笔录、检验报告")),
            new Step("draft-decision", "handler2", vars("action", "FINE", "amount", 80000,
                "decisionDraft", "拟罚款八万元。", "evidenceReasoning", "检验报告予以采信。", "legalBasis", "《产品质量法》第四十九条。",
                "discretionReasoning", "按裁量基准一般档。")),
            new Step("notify-party", "handler1", vars("partyStatement", "", "hearingRequested", false, "hearingHeld", false)),
            submit("请审核。"),
            new Step("accept-submission", reviewer(), vars("materialsComplete", true)));
    }

    /** the review's opinions (for every fourth case first PROBLEMS, a revision and a second round), then the leader's decision */
    List<Step> stepsOfTheReview() {
        List<Step> steps = new ArrayList<>();
        if (revised()) {
            steps.add(new Step("review-decision", reviewer(), vars("opinion", "PROBLEMS",
                "passedChecks", List.of("SUBJECT", "QUALIFICATION", "PROCEDURE", "FACTS_EVIDENCE", "AUTHORITY", "DOCUMENTS", "CRIME_REFERRAL"),
                "opinionText", "罚款数额偏高，建议按从轻档调整。", "referToJudicial", false)));
            steps.add(new Step("answer-opinion", "handler2", vars("response", "REVISE", "responseText", "采纳，调整为六万元。")));
            // revising leads back through the draft and the party's notification
            steps.add(new Step("draft-decision", "handler2", vars("action", "FINE", "amount", 60000,
                "decisionDraft", "拟罚款六万元。", "evidenceReasoning", "检验报告予以采信。", "legalBasis", "《产品质量法》第四十九条。",
                "discretionReasoning", "按裁量基准从轻档。")));
            steps.add(new Step("notify-party", "handler1", vars("partyStatement", "", "hearingRequested", false, "hearingHeld", false)));
            steps.add(submit("已按审核意见修改。"));
            steps.add(new Step("accept-submission", reviewer(), vars("materialsComplete", true)));
        }
        steps.add(new Step("review-decision", reviewer(), vars("opinion", "APPROVED",
            "passedChecks", CaseFixture.ALL_CHECKS, "opinionText", "同意。", "referToJudicial", false)));
        steps.add(new Step("leader-decision", "leader1", vars("leaderDecision", "DECIDE",
            "decisionNumber", String.format("某市监罚〔2026〕%s%04d号", batch, index), "leaderOpinion", "同意。")));
        return steps;
    }

    private static Step submit(String note) {
        return new Step("submit-materials", "handler1", vars("materials", ALL_MATERIALS, "submissionNote", note));
    }

    /** registers the case and takes it through all its steps; returns its case number */
    String drive(Traffic traffic) {
        String caseNumber = driveToTheReview(traffic);
        driveTheReview(traffic, caseNumber);
        return caseNumber;
    }

    /** registers the case and takes it to its first review period; returns its case number */
    String driveToTheReview(Traffic traffic) {
        String caseNumber = traffic.register(index, registrant(), facts());
        take(traffic, caseNumber, stepsToTheReview(), 1);
        return caseNumber;
    }

    void driveTheReview(Traffic traffic, String caseNumber) {
        take(traffic, caseNumber, stepsOfTheReview(), 1 + stepsToTheReview().size());
    }

    private void take(Traffic traffic, String caseNumber, List<Step> steps, int firstLane) {
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            traffic.complete(index + firstLane + s, caseNumber, step.taskKey(), step.user(), step.values());
        }
    }

    /**
     * The user tasks the history must hold for the case, by key: every step once, the open
     * serve-decision and check-redaction.
     */
    Map<String, Long> expectedTaskHistory() {
        Map<String, Long> tasks = new TreeMap<>();
        steps().forEach(step -> tasks.merge(step.taskKey(), 1L, Long::sum));
        tasks.put("serve-decision", 1L);
        // the leader's decision starts decision-disclosure beside service: its check-redaction is open
        tasks.put("check-redaction", 1L);
        return tasks;
    }

    /**
     * How many people hold a new task of this kind and get a mail about it: both handlers, both
     * reviewers, or one (leader1; the registering handler, who is assigned the case's investigate).
     */
    static long holders(String taskKey) {
        return switch (taskKey) {
            case "leader-decision", "check-redaction", "investigate" -> 1;
            default -> 2;
        };
    }

    /** the mails about new tasks (待办) the case causes: one per holder of each task created */
    long expectedTaskMails() {
        return expectedTaskHistory().entrySet().stream().mapToLong(e -> e.getValue() * holders(e.getKey())).sum();
    }

    /** review periods: one per acceptance */
    long reviewRounds() {
        return revised() ? 2 : 1;
    }

    /** the review records the case must have, by table */
    Map<String, Long> expectedReviewRecords() {
        long rounds = reviewRounds();
        Map<String, Long> records = new TreeMap<>();
        records.put("review_submission", rounds);
        records.put("review_acceptance", rounds);
        records.put("review_opinion", rounds);
        records.put("review_answer", rounds - 1);
        // a revised round ends its legal-review instance with the outcome REVISE: one conclusion per round
        records.put("review_conclusion", rounds);
        return records;
    }

    /** how the case's legal reviews ended, in order: REVISE for the round that was revised, then APPROVED */
    List<String> expectedConclusions() {
        return revised() ? List.of("REVISE", "APPROVED") : List.of("APPROVED");
    }
}
