package org.sanxiang.supervision;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.sanxiang.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows of known cases written straight into the application's tables, for figures checked against
 * hand-computed values. Each seed has its own unit (承办机构), so the figures filtered by it see
 * only its cases whatever else the shared test database holds.
 */
class Seed {

    final JdbcTemplate jdbc;
    final String unit = "监督测试科-" + UUID.randomUUID().toString().substring(0, 8);
    final String prefix = "JD" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
    private int serial;

    /** the dashboard's roll-up, refreshed for each row written (as a step's transaction does), or null */
    final Rollups rollups;

    Seed(JdbcTemplate jdbc) {
        this(jdbc, null);
    }

    Seed(JdbcTemplate jdbc, Rollups rollups) {
        this.jdbc = jdbc;
        this.rollups = rollups;
    }

    /** refreshes the roll-up for the case, as the listener does when a step writes its rows through JPA */
    void rolledUp(String caseNumber) {
        if (rollups != null) {
            rollups.refresh(java.util.List.of(caseNumber));
        }
    }

    /** a moment in Beijing time as the tables store it (UTC wall time) */
    static LocalDateTime at(String beijing) {
        return LocalDateTime.parse(beijing).atZone(WorkingDayCalendar.ZONE).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    String caseOf(String category, String action, String status, String registered, String handlers, String reviewLevel,
                  String decided, long amount) {
        String caseNumber = prefix + (++serial);
        jdbc.update("""
            INSERT INTO enforcement_case (case_number, process_instance_id, title, category, action, procedure_type, tier, domain,
                party_type, party_name, amount, handlers, registered_by, registered_at, status, review_level, decision_number,
                handling_unit, decided_at, closed_at)
            VALUES (?, ?, ?, ?, ?, 'GENERAL', 'COUNTY', '市场监管', 'ORGANIZATION', '某某有限公司', ?, ?, 'handler1', ?, ?, ?, ?, ?, ?, NULL)""",
            caseNumber, "seed-" + caseNumber, "监督测试案件" + serial, category, action, BigDecimal.valueOf(amount), handlers,
            at(registered), status, reviewLevel, decided == null ? null : "决字" + serial + "号", unit, decided == null ? null : at(decided));
        rolledUp(caseNumber);
        return caseNumber;
    }

    String openCase(String category, String action, String registered) {
        return caseOf(category, action, "OPEN", registered, "handler1,handler2", null, null, 0);
    }

    void deadline(String caseNumber, String type, String status, String started, String due) {
        jdbc.update("""
            INSERT INTO deadline_record (case_number, deadline_type, process_instance_id, started_at, original_due_at, due_at, status)
            VALUES (?, ?, ?, ?, ?, ?, ?)""", caseNumber, type, "seed-" + caseNumber, at(started), at(due), at(due), status);
        rolledUp(caseNumber);
    }

    void submission(String caseNumber, String instance, int round, String at) {
        jdbc.update("""
            INSERT INTO review_submission (case_number, review_instance_id, round_no, actor, recorded_at, kind, materials, note)
            VALUES (?, ?, ?, 'handler1', ?, 'SUBMIT', 'DRAFT_DECISION', '送审')""", caseNumber, instance, round, at(at));
        rolledUp(caseNumber);
    }

    void acceptance(String caseNumber, String instance, int round, String reviewer, String at, boolean complete) {
        jdbc.update("""
            INSERT INTO review_acceptance (case_number, review_instance_id, round_no, actor, recorded_at, materials_complete, missing_materials)
            VALUES (?, ?, ?, ?, ?, ?, ?)""", caseNumber, instance, round, reviewer, at(at), complete, complete ? null : "缺少证据");
        rolledUp(caseNumber);
    }

    void opinion(String caseNumber, String instance, int round, String reviewer, String at, String opinion) {
        jdbc.update("""
            INSERT INTO review_opinion (case_number, review_instance_id, round_no, actor, recorded_at, opinion, passed_checks, failed_checks,
                opinion_text, refer_to_judicial) VALUES (?, ?, ?, ?, ?, ?, '', '', '意见', FALSE)""",
            caseNumber, instance, round, reviewer, at(at), opinion);
        rolledUp(caseNumber);
    }

    void answer(String caseNumber, String instance, int round, String response, String at) {
        jdbc.update("""
            INSERT INTO review_answer (case_number, review_instance_id, round_no, actor, recorded_at, response, response_text)
            VALUES (?, ?, ?, 'handler1', ?, ?, '理由')""", caseNumber, instance, round, at(at), response);
        rolledUp(caseNumber);
    }

    void collective(String caseNumber, String instance, int round, String at) {
        jdbc.update("""
            INSERT INTO review_collective_discussion (case_number, review_instance_id, round_no, actor, recorded_at, resolution, minutes, attendees)
            VALUES (?, ?, ?, 'leader1', ?, 'APPROVE_DECISION', '纪要', '刘局长、李副局长')""", caseNumber, instance, round, at(at));
        rolledUp(caseNumber);
    }

    void conclusion(String caseNumber, String instance, int round, String at, String outcome, boolean passed) {
        jdbc.update("""
            INSERT INTO review_conclusion (case_number, review_instance_id, round_no, actor, recorded_at, outcome, passed)
            VALUES (?, ?, ?, 'reviewer1', ?, ?, ?)""", caseNumber, instance, round, at(at), outcome, passed);
        rolledUp(caseNumber);
    }

    void penalty(String caseNumber, String action, long amount) {
        jdbc.update("INSERT INTO decision_penalty (case_number, action, amount) VALUES (?, ?, ?)", caseNumber, action, BigDecimal.valueOf(amount));
    }
}
