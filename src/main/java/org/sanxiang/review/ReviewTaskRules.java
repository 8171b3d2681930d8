package org.sanxiang.review;

import static org.sanxiang.review.LegalReviewProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Groups;
import org.sanxiang.tasks.Holder;
import org.sanxiang.tasks.Inputs;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.tasks.FormTaskRule;
import org.springframework.stereotype.Component;

/**
 * The user tasks of {@code legal-review}: who holds them, what completing each takes, and the
 * record each completion leaves (every round is kept).
 */
@Component
public class ReviewTaskRules extends FormTaskRule {

    private static final Map<String, String> LABELS = Map.ofEntries(
        Map.entry(MATERIALS, "送审材料"),
        Map.entry(SUBMISSION_NOTE, "送审说明"),
        Map.entry(MATERIALS_COMPLETE, "材料是否齐全"),
        Map.entry(MISSING_MATERIALS, "需补充的材料"),
        Map.entry(OPINION, "审核意见"),
        Map.entry(OPINION_TEXT, "书面审核意见"),
        Map.entry(PASSED_CHECKS, "审核通过的项目"),
        Map.entry(REFER_TO_JUDICIAL, "涉嫌犯罪移送司法机关"),
        Map.entry(REQUEST_EXTENSION, "申请延长审核期限"),
        Map.entry(EXTENSION_REASON, "申请延长的理由"),
        Map.entry(RESPONSE, "研究处理意见"),
        Map.entry(RESPONSE_TEXT, "处理说明或异议理由"),
        Map.entry(NEGOTIATION_RESULT, "协商结果"),
        Map.entry(NEGOTIATION_NOTE, "协商情况"),
        Map.entry(RESOLUTION, "集体讨论决定"),
        Map.entry(MINUTES, "会议纪要"),
        Map.entry(ATTENDEES, "参会人员"));

    private final ReviewRecords records;
    private final ReviewHistory history;
    private final OpinionSignatures signatures;

    public ReviewTaskRules(ReviewRecords records, ReviewHistory history, OpinionSignatures signatures) {
        super(Set.of(TASK_SUBMIT, TASK_ACCEPT, TASK_SUPPLEMENT, TASK_REVIEW, TASK_ANSWER, TASK_NEGOTIATE, TASK_COLLECTIVE), LABELS);
        this.records = records;
        this.history = history;
        this.signatures = signatures;
    }

    @Override
    public Holder holder(String taskKey) {
        return switch (taskKey) {
            case TASK_ACCEPT, TASK_REVIEW, TASK_NEGOTIATE -> Holder.reviewBody(Groups.REVIEWER);
            case TASK_COLLECTIVE -> Holder.group(Groups.LEADER);
            default -> Holder.caseHandlers();
        };
    }

    /** the review created again after a request for the extension is the requester's, as it was */
    @Override
    public void created(DelegateTask task) {
        Object requester = task.getVariable(EXTENSION_REQUESTED_BY);
        if (TASK_REVIEW.equals(task.getTaskDefinitionKey()) && requester != null) {
            task.setAssignee(requester.toString());
        }
    }

    @Override
    protected void completing(DelegateTask task, Inputs in, ActingUser user) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        Integer round = (Integer) task.getVariable(ROUND);
        switch (task.getTaskDefinitionKey()) {
            case TASK_SUBMIT -> submit(task, in, caseNumber, round + 1, user, Submission.Kind.SUBMIT);
            case TASK_SUPPLEMENT -> submit(task, in, caseNumber, round + 1, user, Submission.Kind.SUPPLEMENT);
            case TASK_ACCEPT -> {
                boolean complete = in.requiredFlag(MATERIALS_COMPLETE);
                String missing = complete ? null : in.text(MISSING_MATERIALS, LONG_TEXT);
                task.setVariable(MATERIALS_COMPLETE, complete);
                records.save(new AcceptanceCheck(step(task, caseNumber, round, user), complete, missing));
            }
            case TASK_REVIEW -> {
                if (in.flag(REQUEST_EXTENSION)) {
                    requestExtension(task, in, user);
                    return;
                }
                task.setVariable(REQUEST_EXTENSION, false);
                review(task, in, caseNumber, round, user);
            }
            case TASK_ANSWER -> {
                Response response = in.choice(RESPONSE, Response.class, Response::label);
                records.save(new OpinionAnswer(step(task, caseNumber, round, user), response, in.text(RESPONSE_TEXT, LONG_TEXT)));
            }
            case TASK_NEGOTIATE -> {
                NegotiationResult result = in.choice(NEGOTIATION_RESULT, NegotiationResult.class, NegotiationResult::label);
                records.save(new Negotiation(step(task, caseNumber, round, user), result, in.text(NEGOTIATION_NOTE, LONG_TEXT)));
            }
            case TASK_COLLECTIVE -> collective(task, in, caseNumber, round, user);
            default -> throw unexpected(task);
        }
        task.setVariable(REVIEW_HISTORY, history.render(caseNumber));
    }

    private void submit(DelegateTask task, Inputs in, String caseNumber, int round, ActingUser user, Submission.Kind kind) {
        List<Material> materials = in.choices(MATERIALS, Material.class, Material::label);
        List<Material> required = new ArrayList<>(List.of(Material.DRAFT_DECISION, Material.DOCUMENTS, Material.EVIDENCE, Material.PROCESS_RECORD));
        if ("PENALTY".equals(task.getVariable(EnforcementCaseProcess.CATEGORY))) {
            required.add(Material.PARTY_STATEMENT);
        }
        if (Boolean.TRUE.equals(task.getVariable(EnforcementCaseProcess.HEARING_HELD))) {
            required.add(Material.HEARING_RECORD);
        }
        List<Material> missing = required.stream().filter(m -> !materials.contains(m)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(MATERIALS, "送审材料不全，缺少："
                + missing.stream().map(Material::label).collect(Collectors.joining("、")) + "。");
        }
        String note = in.text(SUBMISSION_NOTE, LONG_TEXT);
        // a new round: the answers of the last one must not reappear pre-filled on its forms
        ReviewStarted.PER_ROUND.forEach(task.getExecution()::removeVariable);
        task.setVariable(ROUND, round);
        task.setVariable(MATERIALS, Inputs.asChecklist(materials));
        task.setVariable(MATERIALS_SUMMARY, materials.stream().map(Material::label).collect(Collectors.joining("、")));
        records.save(new Submission(step(task, caseNumber, round, user), kind, materials, note));
    }

    private void review(DelegateTask task, Inputs in, String caseNumber, int round, ActingUser user) {
        Opinion opinion = in.choice(OPINION, Opinion.class, Opinion::label);
        List<ReviewCheck> passed = in.choices(PASSED_CHECKS, ReviewCheck.class, ReviewCheck::label);
        String text = in.optionalText(OPINION_TEXT, LONG_TEXT);
        boolean refer = in.flag(REFER_TO_JUDICIAL);
        List<ReviewCheck> failed = List.of(ReviewCheck.values()).stream().filter(c -> !passed.contains(c)).toList();
        if (opinion == Opinion.APPROVED && !failed.isEmpty()) {
            throw new InvalidInputException(PASSED_CHECKS, "审核意见为“同意”时，全部八项审核内容均须通过；未通过："
                + failed.stream().map(ReviewCheck::label).collect(Collectors.joining("；")) + "。");
        }
        if (opinion == Opinion.PROBLEMS && text == null) {
            throw new InvalidInputException(OPINION_TEXT, "审核意见为“存在问题”时，请在书面审核意见中写明具体问题和修改建议。");
        }
        if (refer && text == null) {
            throw new InvalidInputException(OPINION_TEXT, "建议移送司法机关时，请在书面审核意见中写明涉嫌犯罪的事实和理由。");
        }
        task.setVariable(PASSED_CHECKS, Inputs.asChecklist(passed));
        task.setVariable(REFER_TO_JUDICIAL, refer);
        task.setVariable(OPINION_TEXT, text);
        // 书面审核意见: signed with the agency's key as it is written
        records.save(signatures.signed(new OpinionContent(step(task, caseNumber, round, user), opinion, passed, text, refer)));
    }

    /**
     * The review task completed as a request for the extension (once per review period): the process
     * checks the deadline, sends the request to a leader and gives the review back to this reviewer.
     */
    private static void requestExtension(DelegateTask task, Inputs in, ActingUser user) {
        if (task.getVariable(EXTENSION_REQUESTED_BY) != null) {
            throw new ActionNotAllowedException("本次法制审核已申请过延长审核期限，不能再次申请；请出具书面审核意见。");
        }
        task.setVariable(EXTENSION_REASON, in.text(EXTENSION_REASON, 5_000));
        task.setVariable(EXTENSION_REQUESTED_BY, user.userId());
        task.setVariable(REQUEST_EXTENSION, true);
    }

    private void collective(DelegateTask task, Inputs in, String caseNumber, int round, ActingUser user) {
        Resolution resolution = in.choice(RESOLUTION, Resolution.class, Resolution::label);
        String minutes = in.text(MINUTES, LONG_TEXT);
        List<String> attendees = in.list(ATTENDEES);
        if (attendees.size() < 2) {
            throw new InvalidInputException(ATTENDEES, "参会人员应列明参加集体讨论的负责人，至少两人。");
        }
        records.save(new CollectiveDiscussion(step(task, caseNumber, round, user), resolution, minutes, String.join("、", attendees)));
    }

    private static ReviewStep step(DelegateTask task, String caseNumber, int round, ActingUser user) {
        return new ReviewStep(caseNumber, task.getProcessInstanceId(), round, user.userId(), ClockUtil.getCurrentTime().toInstant());
    }
}
