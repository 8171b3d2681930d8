/**
 * Supervision (执法监督, docs/domain.md "Supervision"): the leaders' dashboard, the warnings (线索)
 * and the annual enforcement statistics (年度行政执法数据) with the process {@code annual-report}
 * that computes, approves and publishes them by 31 January.
 *
 * <p>Every figure is an aggregate SQL query over indexed tables ({@code enforcement_case},
 * {@code deadline_record}, the review tables, Camunda's running tasks); no case is loaded into
 * memory. Each figure is a set of cases ({@link org.sanxiang.supervision.Figure}), so the same
 * definition answers the count and the list of its cases (drill-down). The summary reads what does
 * not depend on the moment of asking from a roll-up per day of 立案 × category × unit
 * ({@code supervision_rollup}, {@code supervision_case_fact}: Flyway {@code V76__supervision_rollup.sql}),
 * which every step that writes a case, deadline or review record keeps in its own transaction
 * ({@link org.sanxiang.supervision.RollupListener}), with the stage of open cases (their tasks:
 * {@link org.sanxiang.supervision.RollupTasks}) and the running deadlines by due day (V80; only the
 * boundary days asked live: {@link org.sanxiang.supervision.RunningDeadlines}). The warning rules are in one
 * place ({@link org.sanxiang.supervision.WarningRules}) with their thresholds and wording in the
 * rule table {@code supervision-warnings} (DMN, {@code dmn/supervision-warnings.dmn}).
 *
 * <p>Owns the tables {@code decision_penalty} (written by enforcement's draft decision, 处罚种类) and
 * {@code annual_statistics} (Flyway {@code V50__supervision.sql}), the roll-up's tables (V76), the REST resources {@code /api/supervision/**} (leaders and
 * administrators) and {@code /api/public/statistics/**} (anonymous), the pages {@code /supervision}
 * and {@code /public/statistics/{year}}.
 *
 * <p>May use: enforcement, review, deadline, people, calendar, catalog, notification, tasks,
 * refusal, security (in Java today: review, deadline, people, calendar, catalog, notification,
 * tasks, refusal; enforcement's PenaltyKind and HandlingUnits, its tables through SQL). Used by {@code demo} (to publish
 * the demo's previous year) and {@code portal} (the published years, {@link org.sanxiang.supervision.PublishedStatistics}).
 *
 * <p>Module {@code supervision}; it may use: {@code calendar}, {@code catalog}, {@code deadline}, {@code enforcement}, {@code notification}, {@code people}, {@code refusal}, {@code tasks}.
 */
@ApplicationModule(allowedDependencies = {"calendar", "catalog", "deadline", "enforcement", "notification", "people", "refusal", "tasks"})
package org.sanxiang.supervision;

import org.springframework.modulith.ApplicationModule;
