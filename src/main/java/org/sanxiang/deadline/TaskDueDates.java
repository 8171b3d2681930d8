package org.sanxiang.deadline;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;
import static org.sanxiang.review.LegalReviewProcess.*;

import java.util.Collection;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.sanxiang.tasks.TaskObserver;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the tasks under a deadline that deadline as due date (Tasklist shows and sorts by it; the
 * mails name it), when they are created and when the deadline moves. Runs before the mail about a
 * new task is written.
 */
@Component
@Order(10)
public class TaskDueDates implements TaskObserver {

    /** the variable holding the deadline of each task */
    private static final Map<String, String> DUE_VARIABLE = Map.ofEntries(
        Map.entry(TASK_REVIEW, REVIEW_DUE_AT),
        Map.entry(REQUEST_EXTENSION_TASK_BEFORE_1_3, REVIEW_DUE_AT),
        Map.entry(TASK_APPROVE_EXTENSION, REVIEW_DUE_AT),
        Map.entry(TASK_ARCHIVE_CASE, ARCHIVE_DUE_AT),
        Map.entry(TASK_CONCLUDE_SEIZURE, SEIZURE_DUE_AT),
        Map.entry(TASK_REQUEST_SEIZURE_EXTENSION, SEIZURE_DUE_AT),
        Map.entry(TASK_APPROVE_SEIZURE_EXTENSION, SEIZURE_DUE_AT),
        Map.entry(TASK_INVESTIGATE, PENALTY_DUE_AT),
        Map.entry(TASK_DRAFT_DECISION, PENALTY_DUE_AT),
        Map.entry(TASK_NOTIFY_PARTY, PENALTY_DUE_AT),
        Map.entry(TASK_LEADER_DECISION, PENALTY_DUE_AT));

    @Override
    public void created(DelegateTask task) {
        String variable = DUE_VARIABLE.get(task.getTaskDefinitionKey());
        if (variable != null && task.getVariable(variable) instanceof Date due) {
            task.setDueDate(due);
        }
    }

    /** the open tasks with these keys in the process instance are now due then */
    public void move(String processInstanceId, Collection<String> taskKeys, Date due) {
        for (TaskEntity task : Context.getCommandContext().getTaskManager().findTasksByProcessInstanceId(processInstanceId)) {
            if (taskKeys.contains(task.getTaskDefinitionKey())) {
                task.setDueDate(due);
            }
        }
    }
}
