package org.sanxiang.documents;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.casefile.CaseFileEntry;
import org.sanxiang.casefile.CaseFiles;
import org.sanxiang.casefile.FileType;
import org.sanxiang.catalog.Category;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.DecisionDrafts;
import org.sanxiang.enforcement.EnforcementCase;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.tasks.TaskObserver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issues each document of a penalty case at its step, in the step's transaction (a step that fails or rolls back
 * issues nothing): the 事先告知书 when the party is to be notified (task {@code notify-party} begins, after the draft);
 * the 决定书 once the leader decided (task {@code serve-decision} begins, with the leader's 文号); the 送达回证 once
 * the decision was served (task {@code execute-decision} begins, with how and when it was served). Each is rendered,
 * stored in the case file as a 文书 (its hash and a record entry with it) and listed in {@code case_document}.
 */
@Component
@Order(20)
class DocumentIssuer implements TaskObserver {

    private final CaseRegister cases;
    private final DecisionDrafts drafts;
    private final DocumentValues values;
    private final DocumentNumbers numbers;
    private final PdfRenderer renderer;
    private final CaseFiles files;
    private final Directory directory;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    DocumentIssuer(CaseRegister cases, DecisionDrafts drafts, DocumentValues values, DocumentNumbers numbers, PdfRenderer renderer,
                   CaseFiles files, Directory directory, JdbcTemplate jdbc, @Value("${sanxiang.time-zone:Asia/Shanghai}") String zone) {
        this.cases = cases;
        this.drafts = drafts;
        this.values = values;
        this.numbers = numbers;
        this.renderer = renderer;
        this.files = files;
        this.directory = directory;
        this.jdbc = jdbc;
        this.zone = ZoneId.of(zone);
    }

    @Override
    public void created(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        EnforcementCase c = caseNumber == null ? null : cases.find(caseNumber).orElse(null);
        if (c == null || !Category.PENALTY.name().equals(c.getCategory())) {
            return;
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        switch (task.getTaskDefinitionKey()) {
            case TASK_NOTIFY_PARTY -> {
                String number = numbers.next(DocumentKind.PENALTY_NOTICE, now.atZone(zone).getYear());
                issue(task, c, DocumentKind.PENALTY_NOTICE, number, values.decision(DocumentKind.PENALTY_NOTICE, number, c,
                    drafts.latest(caseNumber).orElseThrow(), task, now), "拟作出决定", now);
            }
            case TASK_SERVE_DECISION -> issue(task, c, DocumentKind.PENALTY_DECISION, c.getDecisionNumber(),
                values.decision(DocumentKind.PENALTY_DECISION, c.getDecisionNumber(), c, drafts.latest(caseNumber).orElseThrow(), task, now),
                "负责人决定", now);
            case TASK_EXECUTE_DECISION -> {
                String number = numbers.next(DocumentKind.SERVICE_RECEIPT, now.atZone(zone).getYear());
                issue(task, c, DocumentKind.SERVICE_RECEIPT, number, values.receipt(number, c, c.getDecisionNumber(), task, now), "送达", now);
            }
            default -> { }
        }
    }

    private void issue(DelegateTask task, EnforcementCase c, DocumentKind kind, String number, Map<String, Object> content,
                       String activity, Instant now) {
        byte[] pdf = renderer.pdf(kind.template(), content);
        String actor = directory.actingUser().map(ActingUser::userId).orElse("system");
        String name = kind.label() + "（" + number + "）.pdf";
        CaseFileEntry file = files.issue(new CaseFiles.Upload(c.getCaseNumber(), FileType.DOCUMENT, name, "application/pdf", activity,
            now.toEpochMilli(), null), actor, pdf);
        jdbc.update("INSERT INTO case_document (case_number, kind, doc_number, file_id, task_id, issued_at) VALUES (?, ?, ?, ?, ?, ?)",
            c.getCaseNumber(), kind.name(), number, file.id(), task.getId(), now.toEpochMilli());
    }
}
