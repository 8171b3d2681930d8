/**
 * Deadlines (docs/domain.md, "Deadlines") as timers of the processes, with due dates computed on the
 * working-day calendar by Spring beans the BPMN names, and every deadline's outcome recorded.
 *
 * <ul>
 *   <li>{@link org.sanxiang.deadline.ReviewDeadlines} ({@code reviewDeadlines}): the legal review,
 *       due a number of working days after acceptance, with reminders before and escalation to
 *       the leaders at the due time; one extension, approved by a leader, moves it and re-arms the
 *       timers;</li>
 *   <li>{@link org.sanxiang.deadline.PenaltyDeadlines} ({@code penaltyDeadlines}): a penalty
 *       decision within 90 days of 立案, reminders and escalation by timer event subprocesses;</li>
 *   <li>{@link org.sanxiang.deadline.SeizureDeadlines} ({@code seizureDeadlines}): a seizure
 *       (查封扣押) lasts 30 days from its execution, extendable once by 30 with a leader's approval;</li>
 *   <li>{@link org.sanxiang.deadline.ArchiveDeadlines} ({@code archiveDeadlines}): archiving, due a
 *       number of working days after the case closed.</li>
 * </ul>
 *
 * <p>The two deadlines a leader may extend once, the review's and the seizure's, share their steps
 * (record, mark overdue, request and decide the extension, move the due date and re-arm the timers)
 * in {@link org.sanxiang.deadline.ExtendableDeadlines}; each keeps its periods and its wording.
 *
 * <p>Every period and offset is configuration ({@link org.sanxiang.deadline.DeadlineSettings},
 * {@code sanxiang.deadlines.*}). Each deadline is a {@link org.sanxiang.deadline.DeadlineRecord}
 * (table {@code deadline_record}): due time, whether it was met, and if not by how much; an
 * overdue deadline also shows on the case (process variables {@code overdue},
 * {@code overdueDeadlines}). {@code GET /api/deadlines} answers administrators.
 *
 * <p>Module {@code deadline}; it may use: {@code calendar}, {@code catalog}, {@code enforcement}, {@code notification}, {@code people}, {@code refusal}, {@code review}, {@code security}, {@code tasks}.
 */
@ApplicationModule(allowedDependencies = {"calendar", "catalog", "enforcement", "notification", "people", "refusal", "review", "security", "tasks"})
package org.sanxiang.deadline;

import org.springframework.modulith.ApplicationModule;
