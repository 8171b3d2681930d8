package org.sanxiang.deadline;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;
import static org.sanxiang.review.LegalReviewProcess.*;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Groups;
import org.sanxiang.tasks.Holder;
import org.sanxiang.tasks.Inputs;
import org.sanxiang.tasks.FormTaskRule;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The user tasks around deadlines: asking for and approving the one extension of the legal
 * review (reviewers, recused from their own cases; leaders) and of a seizure (the case's
 * handlers; leaders), and concluding a seizure (the case's handlers).
 */
@Component
@EnableConfigurationProperties(DeadlineSettings.class)
public class DeadlineTaskRules extends FormTaskRule {

    private static final Map<String, String> LABELS = Map.ofEntries(
        Map.entry(EXTENSION_REASON, "申请延长的理由"),
        Map.entry(EXTENSION_DECISION, "是否批准延长"),
        Map.entry(EXTENSION_OPINION, "审批意见"),
        Map.entry(SEIZURE_EXTENSION_REASON, "申请延长的理由"),
        Map.entry(SEIZURE_EXTENSION_DECISION, "是否批准延长"),
        Map.entry(SEIZURE_EXTENSION_OPINION, "审批意见"),
        Map.entry(SEIZURE_OUTCOME, "处理结果"),
        Map.entry(SEIZURE_NOTE, "处理情况"));

    private static final int TEXT = 5_000;

    private final ReviewDeadlines reviewDeadlines;
    private final SeizureDeadlines seizureDeadlines;

    public DeadlineTaskRules(ReviewDeadlines reviewDeadlines, SeizureDeadlines seizureDeadlines) {
        super(Set.of(REQUEST_EXTENSION_TASK_BEFORE_1_3, TASK_APPROVE_EXTENSION, TASK_CONCLUDE_SEIZURE,
            TASK_REQUEST_SEIZURE_EXTENSION, TASK_APPROVE_SEIZURE_EXTENSION), LABELS);
        this.reviewDeadlines = reviewDeadlines;
        this.seizureDeadlines = seizureDeadlines;
    }

    @Override
    public Holder holder(String taskKey) {
        return switch (taskKey) {
            case REQUEST_EXTENSION_TASK_BEFORE_1_3 -> Holder.reviewBody(Groups.REVIEWER);
            case TASK_APPROVE_EXTENSION, TASK_APPROVE_SEIZURE_EXTENSION -> Holder.group(Groups.LEADER);
            default -> Holder.caseHandlers();
        };
    }

    @Override
    protected void completing(DelegateTask task, Inputs in, ActingUser user) {
        switch (task.getTaskDefinitionKey()) {
            case REQUEST_EXTENSION_TASK_BEFORE_1_3 ->
                reviewDeadlines.checkRequest(task, user.userId(), in.text(EXTENSION_REASON, TEXT));
            case TASK_APPROVE_EXTENSION -> {
                ExtensionDecision decision = in.choice(EXTENSION_DECISION, ExtensionDecision.class, ExtensionDecision::label);
                reviewDeadlines.checkDecision(task, user.userId(), decision, in.text(EXTENSION_OPINION, TEXT));
                task.setVariable(EXTENSION_DECISION, decision.name());
            }
            case TASK_REQUEST_SEIZURE_EXTENSION ->
                seizureDeadlines.checkRequest(task, user.userId(), in.text(SEIZURE_EXTENSION_REASON, TEXT));
            case TASK_APPROVE_SEIZURE_EXTENSION -> {
                ExtensionDecision decision = in.choice(SEIZURE_EXTENSION_DECISION, ExtensionDecision.class, ExtensionDecision::label);
                seizureDeadlines.checkDecision(task, user.userId(), decision, in.text(SEIZURE_EXTENSION_OPINION, TEXT));
                task.setVariable(SEIZURE_EXTENSION_DECISION, decision.name());
            }
            case TASK_CONCLUDE_SEIZURE -> {
                SeizureOutcome outcome = in.choice(SEIZURE_OUTCOME, SeizureOutcome.class, SeizureOutcome::label);
                in.text(SEIZURE_NOTE, TEXT);
                task.setVariable(SEIZURE_OUTCOME, outcome.name());
            }
            default -> throw unexpected(task);
        }
    }
}
