package org.sanxiang.tasks;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sanxiang.people.ActingUser;

/**
 * A {@link TaskRule} for tasks whose forms are read with {@link Inputs}: it governs the task keys
 * it is given, names the form fields with the labels it is given (refusals say both, e.g.
 * “请填写调查情况。”), and hands each completion its {@link Inputs}.
 */
public abstract class FormTaskRule implements TaskRule {

    /** the longest free text a form field takes (summaries, reasoning, opinions, notes) */
    public static final int LONG_TEXT = 10_000;

    private final Set<String> taskKeys;
    private final Map<String, String> labels;

    /**
     * @param taskKeys the task definition keys this rule governs
     * @param labels   the Chinese label of each form field, by variable name
     */
    protected FormTaskRule(Set<String> taskKeys, Map<String, String> labels) {
        this.taskKeys = Set.copyOf(taskKeys);
        this.labels = Map.copyOf(labels);
    }

    @Override
    public final Set<String> taskKeys() {
        return taskKeys;
    }

    @Override
    public final void completing(DelegateTask task, ActingUser user) {
        completing(task, new Inputs(task.getVariables(), labels), user);
    }

    /** checks the submitted input, read through {@code in}, normalizes it and records the step */
    protected abstract void completing(DelegateTask task, Inputs in, ActingUser user);

    /** for the {@code default} of a switch over the task keys: a task this rule was not given */
    protected static IllegalStateException unexpected(DelegateTask task) {
        return new IllegalStateException("unexpected task " + task.getTaskDefinitionKey());
    }
}
