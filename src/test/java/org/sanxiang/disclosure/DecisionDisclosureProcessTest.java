package org.sanxiang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;
import static org.sanxiang.Timers.at;
import static org.sanxiang.disclosure.DecisionDisclosureProcess.*;
import static org.sanxiang.disclosure.DisclosureCases.*;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.Timers;
import org.sanxiang.deadline.DeadlineRecord;
import org.sanxiang.deadline.DeadlineRecords;
import org.sanxiang.deadline.DeadlineStatus;
import org.sanxiang.deadline.DeadlineType;
import org.sanxiang.notification.Notification;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.NotificationRepository;
import org.sanxiang.record.RecordEntries;
import org.sanxiang.record.RecordEntry;
import org.sanxiang.record.RecordKinds;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Every path of {@code decision-disclosure}: published in time, late (reminders 2 and 1 working
 * days before, escalation and a missed deadline record), not published with the reason, more
 * masked, unmasked, withdrawn, corrected and expired. The leader decides on Monday 14 September
 * 2026 at 10:00; 7 working days later, counted on the calendar (Sunday 20 September is a 调休
 * working day), is Tuesday 22 September 10:00, with reminders on Sunday 20 and Monday 21 September.
 */
@EngineTest
@RecordApplicationEvents
class DecisionDisclosureProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DeadlineRecords records;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    DisclosureRepository disclosures;
    @Autowired
    DisclosureVersionRepository versions;
    @Autowired
    PublishedDecisions published;
    @Autowired
    DisclosureRequestController requests;
    @Autowired
    ApplicationEvents events;
    @Autowired
    RecordEntries recordEntries;
    @Autowired
    JdbcTemplate jdbc;

    DisclosureCases cases;
    CaseFixture fixture;
    Timers timers;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        cases = new DisclosureCases(engine);
        fixture = cases.fixture();
        timers = new Timers(engine.getManagementService());
        Timers.now("2026-09-08T09:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private String decidedOnMonday14September() {
        Timers.now("2026-09-14T10:00");
        return cases.decided(personFine(), Map.of());
    }

    private Disclosure disclosureOf(String caseNumber) {
        return disclosures.findByCaseNumber(caseNumber).orElseThrow();
    }

    /** the search structures' rows of the decision: its postings (with its agency's and category's) and its searchable text */
    private List<String> indexed(Disclosure disclosure) {
        long key = SearchIndex.sortKey(disclosure.getDecidedOn(), disclosure.getId());
        List<String> rows = new java.util.ArrayList<>(jdbc.queryForList("SELECT term FROM disclosure_posting WHERE sort_key = ?", String.class, key));
        rows.addAll(jdbc.queryForList("SELECT search_text FROM disclosure_search WHERE sort_key = ?", String.class, key));
        return rows;
    }

    /** the decision is found by no search: keyword, keyword with its agency and category, single character */
    private void assertGoneFromSearch(Disclosure disclosure) {
        assertThat(indexed(disclosure)).isEmpty();
        for (DecisionSearch search : List.of(new DecisionSearch("过期食品", null, null, null, null, 1, 50),
            new DecisionSearch("过期食品", disclosure.getAgency(), disclosure.getCategory(), null, null, 1, 50),
            new DecisionSearch("过", disclosure.getAgency(), null, null, null, 1, 50), new DecisionSearch("过", null, null, null, null, 1, 50))) {
            assertThat(published.search(search).decisions()).as(search.toString()).extracting(DecisionSummary::id).doesNotContain(disclosure.getId());
        }
    }

    private DeadlineRecord deadline(String caseNumber, DeadlineType type) {
        return records.ofCase(caseNumber).stream().filter(r -> r.getDeadlineType() == type).reduce((a, b) -> b).orElseThrow();
    }

    private List<String> mails(String caseNumber, NotificationKind kind) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream().filter(n -> n.getKind() == kind)
            .map(Notification::getRecipientUser).toList();
    }

    private String publishedCase() {
        String caseNumber = decidedOnMonday14September();
        Timers.now("2026-09-15T10:00");
        cases.check(caseNumber);
        return caseNumber;
    }

    @Test
    void aDecisionIsRedactedCheckedAndPublishedWithinSevenWorkingDays() {
        String caseNumber = decidedOnMonday14September();
        ProcessInstance disclosure = cases.disclosure(caseNumber);
        assertThat(disclosure).isWaitingAt(TASK_CHECK_REDACTION);
        assertThat(fixture.caseInstance(caseNumber)).isWaitingAt("serve-decision");
        assertThat(timers.timer(disclosure.getId(), TIMER_FIRST_REMINDER).getDuedate()).isEqualTo(at("2026-09-20T10:00"));
        assertThat(timers.timer(disclosure.getId(), TIMER_SECOND_REMINDER).getDuedate()).isEqualTo(at("2026-09-21T10:00"));
        assertThat(timers.timer(disclosure.getId(), TIMER_OVERDUE).getDuedate()).isEqualTo(at("2026-09-22T10:00"));
        assertThat(fixture.task(caseNumber, TASK_CHECK_REDACTION).getDueDate()).isEqualTo(at("2026-09-22T10:00"));
        assertThat(engine.getTaskService().getIdentityLinksForTask(fixture.task(caseNumber, TASK_CHECK_REDACTION).getId()))
            .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("discloser"));
        assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(DECISION_KEY)
            .processInstanceId(disclosure.getId()).count()).as("the DMN evaluation is in history").isEqualTo(1);

        Disclosure pending = disclosureOf(caseNumber);
        assertThat(pending.getOriginalText()).contains(PARTY, PARTY_ID, PHONE, WITNESS);
        assertThat(pending.getPublishedText()).contains("王某某", "李某某").doesNotContain(PARTY, PARTY_ID, PHONE, WITNESS);
        assertThat(pending.getTitle()).isEqualTo("王某某销售过期食品案");
        assertThat(published.find(pending.getId())).as("nothing is public before the check").isEmpty();

        Timers.now("2026-09-21T16:00");
        cases.check(caseNumber);
        Disclosure done = disclosureOf(caseNumber);
        assertThat(done.getStatus()).isEqualTo(DisclosureStatus.PUBLISHED);
        assertThat(cases.disclosure(caseNumber)).isWaitingAt(ACTIVITY_PUBLISHED);
        assertThat(deadline(caseNumber, DeadlineType.DISCLOSURE).getStatus()).isEqualTo(DeadlineStatus.MET);
        assertThat(published.find(done.getId()).orElseThrow().text()).isEqualTo(done.getPublishedText());
        assertThat(published.search(new DecisionSearch("过期食品", null, "PENALTY", null, null, 1, 10)).decisions())
            .extracting(DecisionSummary::id).contains(done.getId());
        assertThat(versions.findByDisclosureIdOrderByVersion(done.getId())).hasSize(1);
        DecisionPublished event = events.stream(DecisionPublished.class).filter(e -> e.caseNumber().equals(caseNumber)).findFirst().orElseThrow();
        assertThat(event.actor()).isEqualTo("discloser1");
        assertThat(event.originalHash()).isEqualTo(Hashes.sha256(done.getOriginalText()));
        assertThat(event.publishedHash()).isEqualTo(Hashes.sha256(done.getPublishedText()));
    }

    @Test
    void aLateCheckIsRemindedTwiceEscalatedToTheLeadersAndRecordedAsMissed() {
        String caseNumber = decidedOnMonday14September();
        String id = cases.disclosure(caseNumber).getId();
        assertThat(timers.runDueAt(id, "2026-09-20T10:00")).containsExactly(TIMER_FIRST_REMINDER);
        assertThat(timers.runDueAt(id, "2026-09-21T10:00")).containsExactly(TIMER_SECOND_REMINDER);
        assertThat(mails(caseNumber, NotificationKind.REMINDER)).containsExactly("discloser1", "discloser1");
        assertThat(timers.runDueAt(id, "2026-09-22T10:00")).containsExactly(TIMER_OVERDUE);
        assertThat(mails(caseNumber, NotificationKind.ESCALATION)).containsExactlyInAnyOrder("discloser1", "leader1");
        assertThat(deadline(caseNumber, DeadlineType.DISCLOSURE).getStatus()).isEqualTo(DeadlineStatus.OVERDUE);

        Timers.now("2026-09-23T11:00");
        cases.check(caseNumber);
        DeadlineRecord missed = deadline(caseNumber, DeadlineType.DISCLOSURE);
        assertThat(missed.getStatus()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(missed.getLateSeconds()).isEqualTo(25 * 3600L);
        assertThat(disclosureOf(caseNumber).getStatus()).isEqualTo(DisclosureStatus.PUBLISHED);
    }

    @Test
    void aDecisionInvolvingPersonalPrivacyIsNotPublishedAndTheReasonIsRecorded() {
        Timers.now("2026-09-14T10:00");
        String caseNumber = cases.decided(personFine(), Map.of(PERSONAL_PRIVACY, true));
        String id = cases.disclosureInstanceId(caseNumber);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id).activityId(END_NOT_PUBLISHED)
            .count()).isEqualTo(1);
        Disclosure disclosure = disclosureOf(caseNumber);
        assertThat(disclosure.getStatus()).isEqualTo(DisclosureStatus.NOT_PUBLISHED);
        assertThat(disclosure.getNotPublishedReason()).isEqualTo("涉及个人隐私");
        assertThat(disclosure.getOriginalText()).as("nothing of the text is kept for an unpublished decision").isNull();
        assertThat(published.find(disclosure.getId())).isEmpty();
        assertThat(events.stream(DecisionNotPublished.class).filter(e -> e.caseNumber().equals(caseNumber))).hasSize(1);
    }

    @Test
    void theCheckerMasksMoreAndItStaysOffThePublishedText() {
        String caseNumber = decidedOnMonday14September();
        cases.check(caseNumber, MASK_MORE, "摊位");
        Disclosure disclosure = disclosureOf(caseNumber);
        assertThat(disclosure.getPublishedText()).doesNotContain("摊位");
        assertThat(disclosure.getPublishedHash()).isEqualTo(Hashes.sha256(disclosure.getPublishedText()));
        assertThat(disclosure.getCheckNote()).contains("摊位");
    }

    @Test
    void theCheckerUnmasksASpanOnlyWithAReason() {
        String caseNumber = decidedOnMonday14September();
        assertThatThrownBy(() -> cases.check(caseNumber, UNMASK, PHONE)).isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("取消遮盖的理由");
        assertThatThrownBy(() -> cases.check(caseNumber, UNMASK, "不存在的内容")).isInstanceOf(InvalidInputException.class);
        assertThat(cases.disclosure(caseNumber)).isWaitingAt(TASK_CHECK_REDACTION);
        cases.check(caseNumber, UNMASK, PHONE, UNMASK_REASON, "该号码为经营场所的公开服务电话。");
        assertThat(disclosureOf(caseNumber).getPublishedText()).contains(PHONE).doesNotContain(PARTY_ID);
    }

    @Test
    void everyDisclosureStepIsAnEntryOfTheCasesRecordWithTheHashesOfBothTexts() {
        String caseNumber = publishedCase();
        Disclosure done = disclosureOf(caseNumber);
        fixture.as("handler1", () -> requests.withdrawal(caseNumber,
            new DisclosureRequestController.WithdrawalRequest("REVOKED", "复议机关撤销了该决定。")));
        fixture.complete(caseNumber, TASK_WITHDRAW, "discloser1", vars(WITHDRAWAL_NOTE, "该决定已被复议机关撤销。"));

        List<RecordEntry> record = recordEntries.ofCase(caseNumber);
        assertThat(record).extracting(RecordEntry::kind).containsSubsequence(RecordKinds.DISCLOSURE_REDACTED,
            RecordKinds.DISCLOSURE_PUBLISHED, RecordKinds.DISCLOSURE_WITHDRAWAL_REQUESTED, RecordKinds.DISCLOSURE_WITHDRAWN);
        RecordEntry publication = record.stream().filter(e -> e.kind().equals(RecordKinds.DISCLOSURE_PUBLISHED)).findFirst().orElseThrow();
        assertThat(publication.actor()).isEqualTo("discloser1");
        assertThat(publication.details()).contains(Hashes.sha256(done.getOriginalText()), Hashes.sha256(done.getPublishedText()));
        assertThat(record).allSatisfy(e -> assertThat(e.recomputedHash()).isEqualTo(e.entryHash()));
    }

    @Test
    void aRevokedPenaltyIsWithdrawnWithinThreeWorkingDaysAndLeavesATombstone() {
        String caseNumber = publishedCase();
        long id = disclosureOf(caseNumber).getId();
        Timers.now("2026-11-02T09:00");
        fixture.as("handler1", () -> requests.withdrawal(caseNumber,
            new DisclosureRequestController.WithdrawalRequest("REVOKED", "复议机关撤销了该决定。")));
        ProcessInstance disclosure = cases.disclosure(caseNumber);
        assertThat(disclosure).isWaitingAt(TASK_WITHDRAW);
        assertThat(fixture.task(caseNumber, TASK_WITHDRAW).getDueDate()).isEqualTo(at("2026-11-05T09:00"));
        assertThat(timers.runDueAt(disclosure.getId(), "2026-11-03T09:00")).containsExactly(TIMER_WITHDRAWAL_FIRST_REMINDER);
        assertThat(published.find(id).orElseThrow().withdrawn()).as("still public until withdrawn").isFalse();
        Disclosure before = disclosureOf(caseNumber);
        assertThat(indexed(before)).contains(SearchIndex.agencyTerm(before.getAgency()), SearchIndex.categoryTerm(before.getCategory()),
            before.getSearchTextForIndex());
        assertThat(published.search(new DecisionSearch("过期食品", before.getAgency(), before.getCategory(), null, null, 1, 50)).decisions())
            .extracting(DecisionSummary::id).contains(id);

        fixture.complete(caseNumber, TASK_WITHDRAW, "discloser1", vars(WITHDRAWAL_NOTE, "该决定已被复议机关撤销。"));
        assertThat(cases.disclosureInstanceId(caseNumber)).isNotNull();
        PublicDecision tombstone = published.find(id).orElseThrow();
        assertThat(tombstone.withdrawn()).isTrue();
        assertThat(tombstone.text()).isNull();
        assertThat(tombstone.title()).isNull();
        assertThat(tombstone.withdrawalReason()).isEqualTo("该决定已被复议机关撤销。");
        assertGoneFromSearch(disclosureOf(caseNumber));
        assertThat(deadline(caseNumber, DeadlineType.DISCLOSURE_WITHDRAWAL).getStatus()).isEqualTo(DeadlineStatus.MET);
        assertThat(events.stream(DisclosureWithdrawn.class).filter(e -> e.caseNumber().equals(caseNumber))).hasSize(1);
    }

    @Test
    void inaccurateInformationIsCorrectedWithinTwentyWorkingDaysAsANewVersion() {
        String caseNumber = publishedCase();
        long id = disclosureOf(caseNumber).getId();
        Timers.now("2026-11-02T09:00");
        fixture.as("discloser1", () -> requests.correction(caseNumber,
            new DisclosureRequestController.CorrectionRequest("罚款数额写错。")));
        assertThat(fixture.task(caseNumber, TASK_CORRECT).getDueDate()).isEqualTo(at("2026-11-30T09:00"));
        assertThat(cases.disclosure(caseNumber)).isWaitingAt(TASK_CORRECT, ACTIVITY_PUBLISHED);
        fixture.complete(caseNumber, TASK_CORRECT, "discloser1", vars(CORRECTED_TEXT,
            "当事人" + PARTY + "（联系电话" + PHONE + "）销售过期食品，决定罚款一千五百元。", CORRECTION_NOTE, "更正罚款数额。"));
        Disclosure corrected = disclosureOf(caseNumber);
        assertThat(corrected.getVersion()).isEqualTo(2);
        assertThat(corrected.getPublishedText()).contains("王某某", "一千五百元").doesNotContain(PARTY, PHONE);
        assertThat(versions.findByDisclosureIdOrderByVersion(id)).extracting(DisclosureVersion::getVersion).containsExactly(1, 2);
        assertThat(published.find(id).orElseThrow().text()).contains("一千五百元");
        assertThat(deadline(caseNumber, DeadlineType.DISCLOSURE_CORRECTION).getStatus()).isEqualTo(DeadlineStatus.MET);
        assertThat(cases.disclosure(caseNumber)).isWaitingAt(ACTIVITY_PUBLISHED);
    }

    @Test
    void aPublishedDecisionLeavesPublicViewAfterTheRetentionPeriod() {
        String caseNumber = publishedCase();
        long id = disclosureOf(caseNumber).getId();
        assertThat(indexed(disclosureOf(caseNumber))).isNotEmpty();
        ProcessInstance disclosure = cases.disclosure(caseNumber);
        assertThat(timers.timer(disclosure.getId(), TIMER_RETENTION_EXPIRED).getDuedate()).isEqualTo(at("2029-09-15T10:00"));
        assertThat(timers.runDueAt(disclosure.getId(), "2029-09-15T10:00")).containsExactly(TIMER_RETENTION_EXPIRED);
        assertThat(disclosureOf(caseNumber).getStatus()).isEqualTo(DisclosureStatus.EXPIRED);
        assertThat(published.find(id)).isEmpty();
        assertGoneFromSearch(disclosureOf(caseNumber));
        assertThat(events.stream(DisclosureExpired.class).filter(e -> e.caseNumber().equals(caseNumber))).hasSize(1);
    }

    @Test
    void aSimpleProcedureWarningIsNotPublished() {
        Timers.now("2026-09-14T10:00");
        String caseNumber = cases.decided(with(personFine(), "procedure", "SIMPLE", "action", "WARNING", "amount", 0), Map.of());
        assertThat(disclosureOf(caseNumber).getNotPublishedReason()).isEqualTo("适用简易程序作出的警告决定");
    }
}
