package org.sanxiang.deadline;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.notification.MailComposer;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.Notifications;
import org.sanxiang.people.Groups;
import org.sanxiang.tasks.ActionNotAllowedException;
import org.springframework.stereotype.Component;

/**
 * 《行政强制法》第25条: a seizure (查封扣押) lasts at most 30 days, extendable once by 30 with a
 * leader's approval ({@code ${seizureDeadlines...}} in {@code enforcement-case}). It starts when
 * the seizure decision is executed ({@code execute-decision} of a COERCION/SEIZURE case) and ends
 * when the handlers conclude it ({@code conclude-seizure}: released, or disposed of by decision),
 * inside the subprocess {@code seizure-period} that carries the timers.
 */
@Component("seizureDeadlines")
public class SeizureDeadlines {

    static final List<String> TIMERS = List.of(TIMER_SEIZURE_FIRST_REMINDER, TIMER_SEIZURE_SECOND_REMINDER, TIMER_SEIZURE_LAPSED);

    private final DeadlineSettings.Seizure settings;
    private final DueDates dueDates;
    private final DeadlineRecords records;
    private final OverdueMarks marks;
    private final Notifications notifications;
    private final TimerRearm timers;
    private final TaskDueDates taskDueDates;

    public SeizureDeadlines(DeadlineSettings settings, DueDates dueDates, DeadlineRecords records, OverdueMarks marks,
                            Notifications notifications, TimerRearm timers, TaskDueDates taskDueDates) {
        this.settings = settings.seizure();
        this.dueDates = dueDates;
        this.records = records;
        this.marks = marks;
        this.notifications = notifications;
        this.timers = timers;
        this.taskDueDates = taskDueDates;
    }

    /** the seizure was executed: its period starts */
    public void started(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        Date due = dueDates.daysAfter(now, settings.days());
        execution.setVariable(SEIZURE_STARTED_AT, now);
        execution.setVariable(SEIZURE_DUE_AT, due);
        execution.setVariable(SEIZURE_EXTENDED, false);
        execution.setVariable(SEIZURE_DEADLINE, ReviewDeadlines.text(due, false));
        records.open(execution.getProcessBusinessKey(), DeadlineType.SEIZURE, execution.getProcessInstanceId(),
            now.toInstant(), due.toInstant());
    }

    public Date dueAt(DelegateExecution execution) {
        return (Date) execution.getVariable(SEIZURE_DUE_AT);
    }

    public Date firstReminderAt(DelegateExecution execution) {
        return dueDates.daysBefore(dueAt(execution), settings.firstReminderDaysBefore());
    }

    public Date secondReminderAt(DelegateExecution execution) {
        return dueDates.daysBefore(dueAt(execution), settings.secondReminderDaysBefore());
    }

    public void remind(DelegateExecution execution) {
        Date due = dueAt(execution);
        notifications.aboutOpenTask(NotificationKind.REMINDER, execution.getProcessInstanceId(), TASK_CONCLUDE_SEIZURE,
            DeadlineType.SEIZURE.label(), due, "查封、扣押期限将于 " + MailComposer.time(due) + " 届满。期满前应当依法解除查封、扣押或者作出处理决定；"
                + "情况复杂确需延长的，请及时申请，经机关负责人批准可以延长一次。", List.of());
    }

    /** the seizure period ran out without a conclusion */
    public void lapsed(DelegateExecution execution) {
        Date due = dueAt(execution);
        records.overdue(execution.getProcessInstanceId(), DeadlineType.SEIZURE, ClockUtil.getCurrentTime().toInstant());
        marks.refresh(execution.getProcessBusinessKey());
        notifications.aboutOpenTask(NotificationKind.ESCALATION, execution.getProcessInstanceId(), TASK_CONCLUDE_SEIZURE,
            DeadlineType.SEIZURE.label(), due, "查封、扣押期限已于 " + MailComposer.time(due)
                + " 届满，尚未解除或作出处理决定，已标记为逾期，请机关负责人督办。", List.of(Groups.LEADER));
    }

    /** conclude-seizure completed */
    public void completed(DelegateExecution execution) {
        records.completed(execution.getProcessInstanceId(), DeadlineType.SEIZURE, ClockUtil.getCurrentTime().toInstant());
        marks.refresh(execution.getProcessBusinessKey());
    }

    public void checkRequest(DelegateTask task, String userId, String reason) {
        if (Boolean.TRUE.equals(task.getVariable(SEIZURE_EXTENDED))) {
            throw new ActionNotAllowedException("查封、扣押期限已延长过一次，依法不能再次延长。");
        }
        DeadlineRecord record = running(task.getProcessInstanceId());
        if (record.getStatus() == DeadlineStatus.OVERDUE) {
            throw new ActionNotAllowedException("查封、扣押期限已于 " + MailComposer.time(dueAt(task.getExecution())) + " 届满，不能再申请延长。");
        }
        record.extensionRequested(userId, reason);
        records.save(record);
    }

    public void checkDecision(DelegateTask task, String userId, ExtensionDecision decision, String opinion) {
        DeadlineRecord record = running(task.getProcessInstanceId());
        if (decision == ExtensionDecision.APPROVE && record.getStatus() == DeadlineStatus.OVERDUE) {
            throw new ActionNotAllowedException("查封、扣押期限已于 " + MailComposer.time(dueAt(task.getExecution()))
                + " 届满，不能再批准延长；请选择“不予批准”并督促及时处理。");
        }
        record.extensionDecided(userId, decision == ExtensionDecision.APPROVE, opinion);
        records.save(record);
    }

    /** the extension was approved: the seizure's end moves, the timers and tasks follow, the handlers are told */
    public void extend(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(SEIZURE_EXTENDED))) {
            throw new ActionNotAllowedException("查封、扣押期限已延长过一次，依法不能再次延长。");
        }
        Date due = dueDates.daysAfter(dueAt(execution), settings.extensionDays());
        execution.setVariable(SEIZURE_DUE_AT, due);
        execution.setVariable(SEIZURE_EXTENDED, true);
        execution.setVariable(SEIZURE_DEADLINE, ReviewDeadlines.text(due, true));
        DeadlineRecord record = running(execution.getProcessInstanceId());
        record.extendTo(due.toInstant());
        records.save(record);
        timers.rearm(execution, ACTIVITY_SEIZURE_PERIOD, TIMERS);
        taskDueDates.move(execution.getProcessInstanceId(), List.of(TASK_CONCLUDE_SEIZURE), due);
        notifications.aboutOpenTask(NotificationKind.REMINDER, execution.getProcessInstanceId(), TASK_CONCLUDE_SEIZURE,
            DeadlineType.SEIZURE.label(), due, "经机关负责人批准，查封、扣押期限延长 " + settings.extensionDays() + " 日，至 "
                + MailComposer.time(due) + " 届满。", List.of());
    }

    private DeadlineRecord running(String processInstanceId) {
        return records.running(processInstanceId, DeadlineType.SEIZURE).orElseThrow(() ->
            new ActionNotAllowedException("本案当前没有进行中的查封、扣押期限。"));
    }
}
