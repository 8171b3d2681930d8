package org.sanxiang.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.sanxiang.enforcement.EnforcementCaseProcess;

/**
 * Drives cases through the engine as a person would in Tasklist: registers a case as a handler, and
 * claims then completes a task as its holder, with that person's groups as the engine's
 * authentication, so every task rule and authorization applies. Shared by the demo's sample cases
 * ({@link DemoCases}) and the tests' case fixture, so both go through the same steps.
 */
public class CaseSteps {

    private final ProcessEngine engine;
    private final IdentityService identity;

    public CaseSteps(ProcessEngine engine) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
    }

    protected ProcessEngine engine() {
        return engine;
    }

    /** registers (立案) a case with these facts as {@code handler1}; returns its case number */
    public String register(Map<String, Object> facts) {
        return register("handler1", facts);
    }

    public String register(String userId, Map<String, Object> facts) {
        return as(userId, () ->
            engine.getRuntimeService().startProcessInstanceByKey(EnforcementCaseProcess.PROCESS_KEY, facts).getBusinessKey());
    }

    /** the open task with this key of the case; fails naming the open ones if there is none */
    public Task task(String caseNumber, String taskKey) {
        Task task = engine.getTaskService().createTaskQuery()
            .processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new AssertionError("no open task " + taskKey + " in case " + caseNumber + "; open: " + openTaskKeys(caseNumber));
        }
        return task;
    }

    /** the keys of the open tasks of a case (and of the processes it called) */
    public List<String> openTaskKeys(String caseNumber) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).list()
            .stream().map(Task::getTaskDefinitionKey).sorted().toList();
    }

    /** claims and completes the task as the user */
    public void complete(String caseNumber, String taskKey, String userId, Map<String, Object> variables) {
        Task task = task(caseNumber, taskKey);
        as(userId, () -> {
            engine.getTaskService().claim(task.getId(), userId);
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        });
    }

    public <T> T as(String userId, Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public void as(String userId, Runnable action) {
        as(userId, () -> {
            action.run();
            return null;
        });
    }
}
