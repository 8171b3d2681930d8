package org.sanxiang.demo;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;
import static org.sanxiang.review.LegalReviewProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.disclosure.DecisionDisclosureProcess;
import org.sanxiang.review.Opinion;
import org.sanxiang.review.ReviewCheck;

/**
 * Two cases of the previous year, decided and archived on the engine clock of that November and
 * December, so that the previous year's statistics (DemoStatistics) count something: a fine with
 * confiscation of illegal gains (两种处罚, counted once under 没收违法所得; 罚没金额 25,000 yuan) after a
 * general legal review, and an inspection ordering rectification.
 */
class DemoLastYear {

    private final CaseSteps steps;
    private final int year;

    DemoLastYear(CaseSteps steps) {
        this.steps = steps;
        this.year = LocalDate.now(WorkingDayCalendar.ZONE).getYear() - 1;
    }

    void build() {
        try {
            fineWithConfiscation();
            inspection();
        } finally {
            ClockUtil.reset();
        }
    }

    private void fineWithConfiscation() {
        on(11, 2);
        String caseNumber = steps.register("handler1", facts("某食品公司销售超过保质期食品案", "PENALTY", "FINE", "某某食品有限公司", 20000));
        investigate(caseNumber, 11, 3);
        on(11, 5);
        Map<String, Object> draft = draft("拟对当事人处以罚款并没收违法所得。");
        draft.put(PENALTIES, "[\"FINE\",\"CONFISCATION\"]");
        draft.put(FINE_AMOUNT, 20000);
        draft.put(CONFISCATION_AMOUNT, 5000);
        steps.complete(caseNumber, TASK_DRAFT_DECISION, "handler1", draft);
        on(11, 6);
        steps.complete(caseNumber, TASK_NOTIFY_PARTY, "handler2", Map.of(PARTY_STATEMENT, "当事人表示认罚。",
            STATEMENT_ANSWER, "当事人未提出申辩理由。", HEARING_REQUESTED, false, HEARING_HELD, false));
        on(11, 9);
        steps.complete(caseNumber, TASK_SUBMIT, "handler1", Map.of(MATERIALS, "DRAFT_DECISION,DOCUMENTS,EVIDENCE,PARTY_STATEMENT,PROCESS_RECORD",
            SUBMISSION_NOTE, "现将拟作出的行政处罚决定及相关材料报送法制审核。"));
        steps.complete(caseNumber, TASK_ACCEPT, "reviewer1", Map.of(MATERIALS_COMPLETE, true));
        on(11, 11);
        steps.complete(caseNumber, TASK_REVIEW, "reviewer1", Map.of(OPINION, Opinion.APPROVED.name(),
            PASSED_CHECKS, String.join(",", Arrays.stream(ReviewCheck.values()).map(Enum::name).toList()),
            OPINION_TEXT, "事实清楚，证据确凿，适用依据正确，程序合法，同意。"));
        decideAndArchive(caseNumber, 11, 13, "演示市监罚〔" + year + "〕101号");
    }

    private void inspection() {
        on(12, 1);
        String caseNumber = steps.register("handler1", facts("某商场消防安全检查案", "INSPECTION", "ORDER_RECTIFY", "某某商场有限公司", 0));
        investigate(caseNumber, 12, 2);
        on(12, 3);
        steps.complete(caseNumber, TASK_DRAFT_DECISION, "handler1", draft("拟责令当事人限期改正。"));
        decideAndArchive(caseNumber, 12, 4, "演示检查〔" + year + "〕7号");
    }

    private void investigate(String caseNumber, int month, int day) {
        on(month, day);
        steps.complete(caseNumber, TASK_INVESTIGATE, "handler1", Map.of(INVESTIGATION_SUMMARY, "执法人员两人出示执法证件，依法开展现场检查并制作笔录。",
            EVIDENCE_LIST, "现场检查笔录、现场照片、询问笔录"));
    }

    private void decideAndArchive(String caseNumber, int month, int day, String decisionNumber) {
        on(month, day);
        steps.complete(caseNumber, TASK_LEADER_DECISION, "leader1", Map.of(LEADER_DECISION, DECIDE, DECISION_NUMBER, decisionNumber,
            LEADER_OPINION, "同意。"));
        on(month, day + 1);
        if (steps.openTaskKeys(caseNumber).contains(DecisionDisclosureProcess.TASK_CHECK_REDACTION)) {
            steps.complete(caseNumber, DecisionDisclosureProcess.TASK_CHECK_REDACTION, "discloser1", Map.of());
        }
        steps.complete(caseNumber, TASK_SERVE_DECISION, "handler1", Map.of(SERVICE_METHOD, "DIRECT", SERVICE_NOTE, "直接送达，当事人签收。"));
        on(month, day + 6);
        steps.complete(caseNumber, TASK_EXECUTE_DECISION, "handler2", Map.of(EXECUTION_RESULT, "当事人已履行。"));
        on(month, day + 10);
        steps.complete(caseNumber, TASK_ARCHIVE_CASE, "archivist1", Map.of(ARCHIVE_NUMBER, "演示档〔" + year + "〕" + caseNumber.substring(caseNumber.length() - 3)));
    }

    private static Map<String, Object> facts(String title, String category, String action, String party, int amount) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(CASE_TITLE, title);
        facts.put(CATEGORY, category);
        facts.put(ACTION, action);
        facts.put(PROCEDURE, "GENERAL");
        facts.put(TIER, "COUNTY");
        facts.put(DOMAIN, "市场监管");
        facts.put(PARTY_TYPE, "ORGANIZATION");
        facts.put(PARTY_NAME, party);
        facts.put(AMOUNT, amount);
        facts.put(HANDLERS, "handler1,handler2");
        facts.put(HANDLING_UNIT, "执法一大队");
        return facts;
    }

    private static Map<String, Object> draft(String decision) {
        Map<String, Object> draft = new HashMap<>();
        draft.put(DECISION_DRAFT, decision);
        draft.put(EVIDENCE_REASONING, "现场检查笔录、询问笔录经当事人签字确认，内容相互印证，予以采信。");
        draft.put(LEGAL_BASIS, "依据相关法律法规规定。");
        draft.put(DISCRETION_REASONING, "当事人系初次违法，按裁量基准一般档确定。");
        return draft;
    }

    /** the engine clock at 10:00 Beijing time of that day of the previous year */
    private void on(int month, int day) {
        ClockUtil.setCurrentTime(Date.from(LocalDate.of(year, month, day).atTime(LocalTime.of(10, 0))
            .atZone(WorkingDayCalendar.ZONE).toInstant()));
    }
}
