package org.sanxiang.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sanxiang.people.ActingUser;

/**
 * Told by {@link TaskRules} when a user task has been created and its {@link TaskRule} accepted
 * it, in the same transaction (e.g. to give the task its due date, or to tell its holders), and
 * when it is being completed after its rule accepted the input (e.g. to demand what the case must
 * hold first; a refusal rolls the completion back). Beans are called in their
 * {@link org.springframework.core.annotation.Order}.
 */
public interface TaskObserver {

    void created(DelegateTask task);

    /** the task is being completed by the user; may refuse */
    default void completing(DelegateTask task, ActingUser user) {
    }
}
