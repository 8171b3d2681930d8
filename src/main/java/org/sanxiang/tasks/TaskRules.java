package org.sanxiang.tasks;


import org.sanxiang.refusal.ActionNotAllowedException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.people.ReviewerEligibility;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The task listener of every user task (attached by {@link TaskRulesOnEveryUserTask}): on assignment and on
 * completion it checks that the person may hold the task, then lets the task's {@link TaskRule}
 * check the input and record the step. A refusal rolls back the whole call.
 */
@Component("taskRules")
public class TaskRules implements TaskListener {

    private final Map<String, TaskRule> rules = new HashMap<>();
    private final Directory directory;
    private final CaseHandlers cases;
    private final ObjectProvider<TaskObserver> observers;
    private final ReviewerEligibility reviewers;

    public TaskRules(List<TaskRule> rules, Directory directory, CaseHandlers cases, ObjectProvider<TaskObserver> observers,
                     ReviewerEligibility reviewers) {
        for (TaskRule rule : rules) {
            rule.taskKeys().forEach(key -> this.rules.put(key, rule));
        }
        this.directory = directory;
        this.cases = cases;
        this.observers = observers;
        this.reviewers = reviewers;
    }

    /** who may hold and complete tasks with this key, if a rule governs it */
    public Optional<Holder> holder(String taskKey) {
        return Optional.ofNullable(rules.get(taskKey)).map(rule -> rule.holder(taskKey));
    }

    @Override
    public void notify(DelegateTask task) {
        TaskRule rule = rules.get(task.getTaskDefinitionKey());
        if (rule == null) {
            throw new IllegalStateException("no task rule for user task " + task.getTaskDefinitionKey());
        }
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> {
                rule.created(task);
                observers.orderedStream().forEach(observer -> observer.created(task));
            }
            case EVENTNAME_ASSIGNMENT -> {
                checkHandOver(task);
                if (task.getAssignee() != null) {
                    checkMayHold(task, rule, task.getAssignee(), directory.groupsOf(task.getAssignee()), "领取或被指派");
                    // whoever gives a task to someone else must be able to hold it too
                    Optional<ActingUser> actor = directory.actingUser();
                    if (actor.isPresent() && !actor.get().userId().equals(task.getAssignee()) && !actor.get().isIn(Groups.CAMUNDA_ADMIN)) {
                        checkMayHold(task, rule, actor.get().userId(), actor.get().groupIds(), "指派");
                    }
                }
            }
            case EVENTNAME_COMPLETE -> {
                ActingUser user = directory.actingUser().orElseThrow(() ->
                    new ActionNotAllowedException("无法确认办理人身份：请登录后办理“" + task.getName() + "”。"));
                if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
                    throw new ActionNotAllowedException("“" + task.getName() + "”已由 " + directory.displayName(task.getAssignee())
                        + " 领取，只能由其办理（可先请其取消认领）。");
                }
                checkMayHold(task, rule, user.userId(), user.groupIds(), "办理");
                rule.completing(task, user);
                observers.orderedStream().forEach(observer -> observer.completing(task, user));
            }
            default -> { }
        }
    }

    /**
     * A claimed task changes hands (取消认领, or given to someone else) only by its holder or an administrator:
     * everyone else is told whom to ask.
     */
    private void checkHandOver(DelegateTask task) {
        if (!(task instanceof TaskEntity entity) || entity.getPropertyChanges().get(TaskEntity.ASSIGNEE) == null) {
            return;
        }
        Object before = entity.getPropertyChanges().get(TaskEntity.ASSIGNEE).getOrgValue();
        Optional<ActingUser> user = directory.actingUser();
        if (before == null || user.isEmpty() || user.get().userId().equals(before) || user.get().isIn(Groups.CAMUNDA_ADMIN)) {
            return;
        }
        String holder = directory.displayName(before.toString());
        throw new ActionNotAllowedException("“" + task.getName() + "”已由 " + holder + " 领取，只有其本人可以取消认领或转交；"
            + "如需由您办理，请 " + holder + " 先取消认领。");
    }

    private void checkMayHold(DelegateTask task, TaskRule rule, String userId, List<String> groups, String verb) {
        Holder holder = rule.holder(task.getTaskDefinitionKey());
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (holder.isCaseHandlers()) {
            if (!cases.isHandler(caseNumber, userId)) {
                throw new ActionNotAllowedException("用户 " + userId + " 不是案件 " + caseNumber + " 的承办人，不能" + verb
                    + "“" + task.getName() + "”。");
            }
            return;
        }
        if (!groups.contains(holder.groupId())) {
            throw new ActionNotAllowedException("“" + task.getName() + "”须由" + Groups.label(holder.groupId())
                + "办理，用户 " + userId + " 不是" + Groups.label(holder.groupId()) + "。");
        }
        if (holder.recuseHandlers()) {
            reviewers.refusal(userId, caseNumber, cases.isHandler(caseNumber, userId)).ifPresent(refusal -> {
                throw new ActionNotAllowedException(refusal);
            });
        }
    }
}
