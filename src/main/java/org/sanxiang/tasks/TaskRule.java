package org.sanxiang.tasks;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sanxiang.people.ActingUser;

/** What a feature demands of its user tasks. */
public interface TaskRule {

    /** the task definition keys this rule governs */
    Set<String> taskKeys();

    /** who may hold and complete the task with this key */
    Holder holder(String taskKey);

    /** when the task is created; may refuse (e.g. a gate that is closed) */
    default void created(DelegateTask task) {
    }

    /** checks the submitted input, normalizes it and records the step; refuses bad input */
    void completing(DelegateTask task, ActingUser user);
}
