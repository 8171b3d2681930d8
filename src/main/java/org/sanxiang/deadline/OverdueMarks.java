package org.sanxiang.deadline;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.sanxiang.notification.MailComposer;
import org.springframework.stereotype.Component;

/**
 * Shows on the case which of its deadlines are overdue now: process variables {@code overdue}
 * (boolean) and {@code overdueDeadlines} (text) of the case's process instance, visible in
 * Cockpit and Tasklist.
 */
@Component
public class OverdueMarks {

    private final DeadlineRecords records;
    private final CaseRegister cases;
    private final RuntimeService runtimeService;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    public OverdueMarks(DeadlineRecords records, CaseRegister cases, RuntimeService runtimeService,
                        ProcessEngineConfigurationImpl engineConfiguration) {
        this.records = records;
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.engineConfiguration = engineConfiguration;
    }

    public void refresh(String caseNumber) {
        String caseInstanceId = cases.get(caseNumber).getProcessInstanceId();
        List<DeadlineRecord> overdue = records.overdueOf(caseNumber);
        String text = overdue.stream()
            .map(r -> r.getDeadlineType().label() + "（" + MailComposer.time(java.util.Date.from(r.getDueAt())) + "届满）")
            .collect(Collectors.joining("；"));
        engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(caseInstanceId).count() > 0) {
                runtimeService.setVariable(caseInstanceId, EnforcementCaseProcess.OVERDUE, !overdue.isEmpty());
                runtimeService.setVariable(caseInstanceId, EnforcementCaseProcess.OVERDUE_DEADLINES, text.isEmpty() ? null : text);
            }
            return null;
        }));
    }
}
