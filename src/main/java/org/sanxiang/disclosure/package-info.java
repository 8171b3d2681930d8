/**
 * Disclosure of enforcement decisions (行政执法公示, process {@code decision-disclosure}, decision
 * table {@code disclosure-deadline}; docs/domain.md, Disclosure). Owns the tables
 * {@code disclosure}, {@code disclosure_version}, {@code disclosure_posting}, {@code disclosure_search} and
 * {@code disclosure_index_state}.
 *
 * <ul>
 *   <li>{@link org.sanxiang.disclosure.DisclosureStart} ({@code decisionDisclosure}): started by
 *       {@code enforcement-case} when the leader decides, beside service and execution;</li>
 *   <li>{@link org.sanxiang.disclosure.DisclosureSteps} ({@code disclosureSteps}): automatic
 *       redaction ({@code Redactor}: names to surname + 某某, numbers, addresses and natural persons' plates masked,
 *       organisations and their credit codes kept; HanLP finds names no field holds), publishing,
 *       withdrawal (tombstone), correction (new version) and expiry after the retention period;</li>
 *   <li>{@link org.sanxiang.disclosure.DisclosureDeadlines} ({@code disclosureDeadlines}): the
 *       publish, withdrawal and correction deadlines on the working-day calendar, each a deadline
 *       record with reminders and escalation;</li>
 *   <li>the disclosers' tasks ({@code check-redaction}, {@code withdraw-disclosure},
 *       {@code correct-disclosure}) and {@code POST /api/disclosures/{caseNumber}/withdrawal|correction};</li>
 *   <li>{@link org.sanxiang.disclosure.PublishedDecisions}: the only public read of disclosures
 *       (published decisions through the bigram search index, tombstones), used by the portal.</li>
 * </ul>
 *
 * <p>Every step is a Spring application event (records such as
 * {@link org.sanxiang.disclosure.DecisionPublished}, {@link org.sanxiang.disclosure.DisclosureWithdrawn})
 * with the case number, the actor, the time and the SHA-256 of the original and the published text.
 *
 * <p>Uses: {@code catalog}, {@code calendar}, {@code refusal}, {@code people}, {@code tasks},
 * {@code enforcement}, {@code deadline}, {@code notification}. Used by: {@code portal}, {@code demo}.
 *
 * <p>Module {@code disclosure}; it may use: {@code calendar}, {@code catalog}, {@code deadline}, {@code enforcement}, {@code notification}, {@code people}, {@code refusal}, {@code tasks}.
 */
@ApplicationModule(allowedDependencies = {"calendar", "catalog", "deadline", "enforcement", "notification", "people", "refusal", "tasks"})
package org.sanxiang.disclosure;

import org.springframework.modulith.ApplicationModule;
