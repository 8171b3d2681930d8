package org.sanxiang.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * Told by {@link TaskRules} when a user task has been created and its {@link TaskRule} accepted
 * it, in the same transaction (e.g. to give the task its due date, or to tell its holders). Beans
 * are called in their {@link org.springframework.core.annotation.Order}.
 */
public interface TaskObserver {

    void created(DelegateTask task);
}
