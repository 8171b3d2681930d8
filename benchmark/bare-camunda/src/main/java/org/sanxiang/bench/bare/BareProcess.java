package org.sanxiang.bench.bare;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;

/**
 * The bare case process, built with Camunda's fluent builder (which adds the diagram interchange):
 * the ten user tasks of the project's case path with the same ids, candidate users and groups, in
 * one process; three penalty-period timers from the start (60, 80, 90 days, non-interrupting) and
 * three review-period reminders on {@code review-decision}, each sending a mail.
 */
final class BareProcess {

    static final String KEY = "enforcement-case";
    private static final String HANDLERS = "${handlers}";

    private BareProcess() {
    }

    static BpmnModelInstance model() {
        ProcessBuilder process = Bpmn.createExecutableProcess(KEY).name("行政执法案件（基准）")
            .camundaHistoryTimeToLive(3650).camundaVersionTag("bench-1");
        process.eventSubProcess("penalty-first").startEvent("penalty-first-reminder").interrupting(false).timerWithDuration("P60D")
            .serviceTask("penalty-first-mail").camundaDelegateExpression("${reminderMail}").endEvent();
        process.eventSubProcess("penalty-second").startEvent("penalty-second-reminder").interrupting(false).timerWithDuration("P80D")
            .serviceTask("penalty-second-mail").camundaDelegateExpression("${reminderMail}").endEvent();
        process.eventSubProcess("penalty-due").startEvent("penalty-overdue").interrupting(false).timerWithDuration("P90D")
            .serviceTask("penalty-overdue-mail").camundaDelegateExpression("${reminderMail}").endEvent();
        return process.startEvent("case-registered").name("立案")
            .userTask("investigate").name("调查取证").camundaCandidateUsers(HANDLERS)
            .userTask("draft-decision").name("拟作出决定").camundaCandidateUsers(HANDLERS)
            .userTask("notify-party").name("事先告知").camundaCandidateUsers(HANDLERS)
            .userTask("submit-materials").name("报送审核材料").camundaCandidateUsers(HANDLERS)
            .userTask("accept-submission").name("受理审查").camundaCandidateGroups("reviewer")
            .userTask("review-decision").name("法制审核并出具书面意见").camundaCandidateGroups("reviewer")
                .boundaryEvent("review-first-reminder").cancelActivity(false).timerWithDuration("P5D")
                .serviceTask("review-first-mail").camundaDelegateExpression("${reminderMail}").endEvent()
            .moveToActivity("review-decision")
                .boundaryEvent("review-second-reminder").cancelActivity(false).timerWithDuration("P6D")
                .serviceTask("review-second-mail").camundaDelegateExpression("${reminderMail}").endEvent()
            .moveToActivity("review-decision")
                .boundaryEvent("review-overdue").cancelActivity(false).timerWithDuration("P7D")
                .serviceTask("review-overdue-mail").camundaDelegateExpression("${reminderMail}").endEvent()
            .moveToActivity("review-decision")
            .userTask("leader-decision").name("负责人决定").camundaCandidateGroups("leader")
            .userTask("serve-decision").name("送达").camundaCandidateUsers(HANDLERS)
            .userTask("execute-decision").name("执行").camundaCandidateUsers(HANDLERS)
            .userTask("archive-case").name("归档").camundaCandidateGroups("archivist")
            .endEvent("case-archived").name("案件归档")
            .done();
    }
}
