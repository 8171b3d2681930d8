package org.sanxiang.enforcement;

import org.sanxiang.refusal.NotFoundException;
import java.net.URI;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.http.ResponseEntity;
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
    private final ReviewSteps reviewSteps;
    private final Directory directory;
    private final CaseReaders readers;

    public CaseController(RuntimeService runtimeService, CaseRegister cases, ReviewSteps reviewSteps, Directory directory,
                          CaseReaders readers) {
        this.runtimeService = runtimeService;
        this.cases = cases;
        this.reviewSteps = reviewSteps;
        this.directory = directory;
        this.readers = readers;
    }

    @PostMapping
    public ResponseEntity<CaseView.Registered> register(@RequestBody Map<String, Object> facts) {
        Object caseNumber = facts.remove("caseNumber");
        if (caseNumber != null && !(caseNumber instanceof String)) {
            throw new InvalidInputException("caseNumber", "案号应为文字。");
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(EnforcementCaseProcess.PROCESS_KEY,
            (String) caseNumber, facts);
        return ResponseEntity.created(URI.create("/api/cases/" + instance.getBusinessKey()))
            .body(new CaseView.Registered(instance.getBusinessKey(), instance.getId()));
    }

    @GetMapping("/{caseNumber}")
    public CaseView read(@PathVariable String caseNumber) {
        EnforcementCase c = cases.find(caseNumber).orElse(null);
        ActingUser user = directory.actingUser().orElseThrow();
        if (c == null) {
            throw new NotFoundException("案号为“" + caseNumber + "”的案件不存在。");
        }
        readers.checkMayRead(user, c);
        return CaseView.of(c, reviewSteps.ofCase(caseNumber));
    }
}
