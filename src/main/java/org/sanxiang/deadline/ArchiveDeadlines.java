package org.sanxiang.deadline;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.notification.MailComposer;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.Notifications;
import org.sanxiang.people.Groups;
import org.springframework.stereotype.Component;

/**
 * Archiving ({@code ${archiveDeadlines...}} in {@code enforcement-case}): due a number of working
 * days after the case closed, i.e. reached archiving (结案, or the end of the decision path after a
 * transfer or a refused decision). Boundary timers of {@code archive-case} remind the archivists
 * and escalate to the leaders.
 */
@Component("archiveDeadlines")
public class ArchiveDeadlines {

    private final DeadlineSettings.Archive settings;
    private final DueDates dueDates;
    private final DeadlineRecords records;
    private final OverdueMarks marks;
    private final Notifications notifications;

    public ArchiveDeadlines(DeadlineSettings settings, DueDates dueDates, DeadlineRecords records, OverdueMarks marks,
                            Notifications notifications) {
        this.settings = settings.archive();
        this.dueDates = dueDates;
        this.records = records;
        this.marks = marks;
        this.notifications = notifications;
    }

    /** the case goes to archiving: the deadline starts */
    public void started(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        Date due = dueDates.workingDaysAfter(now, settings.workingDays());
        execution.setVariable(ARCHIVE_DUE_AT, due);
        records.open(execution.getProcessBusinessKey(), DeadlineType.ARCHIVE, execution.getProcessInstanceId(),
            now.toInstant(), due.toInstant());
    }

    public Date dueAt(DelegateExecution execution) {
        return (Date) execution.getVariable(ARCHIVE_DUE_AT);
    }

    public Date reminderAt(DelegateExecution execution) {
        return dueDates.workingDaysBefore(dueAt(execution), settings.reminderWorkingDaysBefore());
    }

    public void remind(DelegateExecution execution) {
        Date due = dueAt(execution);
        notifications.aboutOpenTask(NotificationKind.REMINDER, execution.getProcessInstanceId(), TASK_ARCHIVE_CASE,
            DeadlineType.ARCHIVE.label(), due, "本案应于 " + MailComposer.time(due) + " 前完成立卷归档，请及时归档。", List.of());
    }

    public void overdue(DelegateExecution execution) {
        Date due = dueAt(execution);
        records.overdue(execution.getProcessInstanceId(), DeadlineType.ARCHIVE, ClockUtil.getCurrentTime().toInstant());
        marks.refresh(execution.getProcessBusinessKey());
        notifications.aboutOpenTask(NotificationKind.ESCALATION, execution.getProcessInstanceId(), TASK_ARCHIVE_CASE,
            DeadlineType.ARCHIVE.label(), due, "本案归档期限已于 " + MailComposer.time(due)
                + " 届满，尚未归档，已标记为逾期，请机关负责人督办。", List.of(Groups.LEADER));
    }

    /** archive-case completed */
    public void completed(DelegateExecution execution) {
        records.completed(execution.getProcessInstanceId(), DeadlineType.ARCHIVE, ClockUtil.getCurrentTime().toInstant());
        marks.refresh(execution.getProcessBusinessKey());
    }
}
