package org.sanxiang.enforcement;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.review.ReviewHistory;
import org.sanxiang.review.ReviewRecord;
import org.sanxiang.review.ReviewRecords;
import org.sanxiang.review.WrittenOpinion;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/cases}: register a case (立案) and read a case with every round of its reviews.
 * Runs as the authenticated user, so Camunda's authorizations apply.
 */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

    private final RuntimeService runtimeService;
    private final CaseRegister cases;
    private final ReviewRecords records;
    private final Directory directory;
    private final CaseReaders readers;

    public CaseController(RuntimeService runtimeService, CaseRegister cases, ReviewRecords records, Directory directory,
                          CaseReaders readers) {
        this.runtimeService = runtimeService;
        this.cases = cases;
        this.records = records;
        this.directory = directory;
        this.readers = readers;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> register(@RequestBody Map<String, Object> facts) {
        Object caseNumber = facts.remove("caseNumber");
        if (caseNumber != null && !(caseNumber instanceof String)) {
            throw new InvalidInputException("caseNumber", "案号应为文字。");
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(EnforcementCaseProcess.PROCESS_KEY,
            (String) caseNumber, facts);
        Map<String, Object> body = Map.of("caseNumber", instance.getBusinessKey(), "processInstanceId", instance.getId());
        return ResponseEntity.created(URI.create("/api/cases/" + instance.getBusinessKey())).body(body);
    }

    @GetMapping("/{caseNumber}")
    public ResponseEntity<Map<String, Object>> read(@PathVariable String caseNumber) {
        EnforcementCase c = cases.find(caseNumber).orElse(null);
        ActingUser user = directory.actingUser().orElseThrow();
        if (c == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "案号为“" + caseNumber + "”的案件不存在。"));
        }
        readers.checkMayRead(user, c);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("caseNumber", c.getCaseNumber());
        body.put("title", c.getTitle());
        body.put("category", c.getCategory());
        body.put("action", c.getAction());
        body.put("procedure", c.getProcedure());
        body.put("tier", c.getTier());
        body.put("domain", c.getDomain());
        body.put("partyType", c.getPartyType());
        body.put("partyName", c.getPartyName());
        body.put("amount", c.getAmount());
        body.put("handlers", c.handlerIds());
        body.put("status", c.getStatus());
        body.put("reviewLevel", c.getReviewLevel());
        body.put("reviewBasis", c.getReviewBasis());
        body.put("reviewOutcome", c.getReviewOutcome());
        body.put("decisionNumber", c.getDecisionNumber());
        body.put("registeredAt", c.getRegisteredAt());
        body.put("reviewSteps", records.ofCase(caseNumber).stream().map(CaseController::step).toList());
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> step(ReviewRecord record) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("type", record.getClass().getSimpleName());
        step.put("round", record.getRound());
        step.put("actor", record.getActor());
        step.put("at", record.getRecordedAt());
        step.put("text", ReviewHistory.describe(record));
        if (record instanceof WrittenOpinion) {
            step.put("opinionId", record.getId());
            step.put("verification", "/api/opinions/" + record.getId() + "/verification");
            step.put("print", "/opinions/" + record.getId() + "/print");
        }
        return step;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage(), "field", e.field()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "请求内容不是有效的 JSON 对象。"));
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<Map<String, Object>> forbidden(AuthorizationException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", e.getMessage()));
    }
}
