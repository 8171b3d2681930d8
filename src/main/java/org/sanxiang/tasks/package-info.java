/**
 * Rules every user task obeys, whichever client completes it (Tasklist, REST, Java): who may hold
 * and complete the task, which input is accepted, and what is recorded. Features contribute
 * {@link org.sanxiang.tasks.TaskRule}s; {@link org.sanxiang.tasks.TaskRules} is the one task
 * listener the BPMN files name.
 *
 * <p>Module {@code tasks}; it may use: {@code people}, {@code refusal}.
 */
@ApplicationModule(allowedDependencies = {"people", "refusal"})
package org.sanxiang.tasks;

import org.springframework.modulith.ApplicationModule;
