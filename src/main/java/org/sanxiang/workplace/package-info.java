/**
 * The staff's daily workplace (docs/domain.md, 任务中心): what Tasklist needs to look like the agency's own
 * (its name, its time zone, people by their names, no administrator's buttons for ordinary staff).
 * Uses {@code people} (who is acting, names) and {@code security}'s Camunda group names; used by no module.
 *
 * <p>Module {@code workplace}; it may use: {@code deadline}, {@code documents}, {@code enforcement}, {@code people}, {@code refusal}, {@code review}, {@code security}.
 */
@ApplicationModule(allowedDependencies = {"deadline", "documents", "enforcement", "people", "refusal", "review", "security"})
package org.sanxiang.workplace;

import org.springframework.modulith.ApplicationModule;
