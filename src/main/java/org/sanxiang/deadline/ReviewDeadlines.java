package org.sanxiang.deadline;

import static org.sanxiang.review.LegalReviewProcess.*;

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
 * The legal review's deadline ({@code ${reviewDeadlines...}} in {@code legal-review}): due a
 * number of working days after acceptance; the subprocess {@code review-period} around
 * {@code review-decision} carries the reminder and overdue timers; one extension approved by a
 * leader moves the due date and re-arms them.
 */
@Component("reviewDeadlines")
public class ReviewDeadlines {

    static final List<String> TIMERS = List.of(TIMER_REVIEW_FIRST_REMINDER, TIMER_REVIEW_SECOND_REMINDER, TIMER_REVIEW_OVERDUE);

    private final DeadlineSettings.Review settings;
    private final DueDates dueDates;
    private final DeadlineRecords records;
    private final OverdueMarks marks;
    private final Notifications notifications;
    private final TimerRearm timers;
    private final TaskDueDates taskDueDates;

    public ReviewDeadlines(DeadlineSettings settings, DueDates dueDates, DeadlineRecords records, OverdueMarks marks,
                           Notifications notifications, TimerRearm timers, TaskDueDates taskDueDates) {
        this.settings = settings.review();
        this.dueDates = dueDates;
        this.records = records;
        this.marks = marks;
        this.notifications = notifications;
        this.timers = timers;
        this.taskDueDates = taskDueDates;
    }

    /** the submission was accepted as complete (受理): the review period starts now */
    public void accepted(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        Date due = dueDates.workingDaysAfter(now, settings.workingDays());
        execution.setVariable(ACCEPTED_AT, now);
        execution.setVariable(REVIEW_DUE_AT, due);
        execution.setVariable(REVIEW_EXTENDED, false);
        execution.setVariable(REVIEW_DEADLINE, text(due, false));
        List.of(EXTENSION_REASON, EXTENSION_DECISION, EXTENSION_OPINION).forEach(execution::removeVariable);
    }

    /** the subprocess {@code review-period} starts: the deadline is recorded */
    public void started(DelegateExecution execution) {
        records.open(execution.getProcessBusinessKey(), DeadlineType.REVIEW, execution.getProcessInstanceId(),
            acceptedAt(execution).toInstant(), dueAt(execution).toInstant());
    }

    public Date dueAt(DelegateExecution execution) {
        return (Date) execution.getVariable(REVIEW_DUE_AT);
    }

    public Date firstReminderAt(DelegateExecution execution) {
        return dueDates.workingDaysBefore(dueAt(execution), settings.firstReminderWorkingDaysBefore());
    }

    public Date secondReminderAt(DelegateExecution execution) {
        return dueDates.workingDaysBefore(dueAt(execution), settings.secondReminderWorkingDaysBefore());
    }

    /** a reminder timer fired: the reviewers holding the review are told */
    public void remind(DelegateExecution execution) {
        Date due = dueAt(execution);
        notifications.aboutOpenTask(NotificationKind.REMINDER, execution.getProcessInstanceId(), TASK_REVIEW,
            DeadlineType.REVIEW.label(), due, "法制审核期限将于 " + MailComposer.time(due)
                + " 届满，请抓紧审核并出具书面审核意见；确需延长的，请及时申请延长审核期限。", List.of());
    }

    /** the overdue timer fired: the deadline is missed, the case shows it and the leaders are told */
    public void overdue(DelegateExecution execution) {
        Date due = dueAt(execution);
        records.overdue(execution.getProcessInstanceId(), DeadlineType.REVIEW, ClockUtil.getCurrentTime().toInstant());
        marks.refresh(execution.getProcessBusinessKey());
        notifications.aboutOpenTask(NotificationKind.ESCALATION, execution.getProcessInstanceId(), TASK_REVIEW,
            DeadlineType.REVIEW.label(), due, "法制审核期限已于 " + MailComposer.time(due)
                + " 届满，尚未出具书面审核意见，案件已标记为逾期，请机关负责人督办。", List.of(Groups.LEADER));
    }

    /** review-decision completed: the deadline was met or missed */
    public void completed(DelegateExecution execution) {
        records.completed(execution.getProcessInstanceId(), DeadlineType.REVIEW, ClockUtil.getCurrentTime().toInstant());
        marks.refresh(execution.getProcessBusinessKey());
    }

    /** request-extension is being completed: refused if the period was extended already or has run out */
    public void checkRequest(DelegateTask task, String userId, String reason) {
        if (Boolean.TRUE.equals(task.getVariable(REVIEW_EXTENDED))) {
            throw new ActionNotAllowedException("本次法制审核期限已延长过一次（至 " + MailComposer.time(dueAt(task.getExecution()))
                + "），不能再次申请延长。");
        }
        DeadlineRecord record = running(task.getProcessInstanceId());
        if (record.getStatus() == DeadlineStatus.OVERDUE) {
            throw new ActionNotAllowedException("法制审核期限已于 " + MailComposer.time(dueAt(task.getExecution()))
                + " 届满，不能再申请延长。");
        }
        record.extensionRequested(userId, reason);
        records.save(record);
    }

    /** approve-extension is being completed: an approval is refused once the period has run out */
    public void checkDecision(DelegateTask task, String userId, ExtensionDecision decision, String opinion) {
        DeadlineRecord record = running(task.getProcessInstanceId());
        if (decision == ExtensionDecision.APPROVE && record.getStatus() == DeadlineStatus.OVERDUE) {
            throw new ActionNotAllowedException("法制审核期限已于 " + MailComposer.time(dueAt(task.getExecution()))
                + " 届满，已逾期，不能再批准延长；请选择“不予批准”并督促审核。");
        }
        record.extensionDecided(userId, decision == ExtensionDecision.APPROVE, opinion);
        records.save(record);
    }

    /** the extension was approved: the due date moves, the timers and the review task follow, the reviewers are told */
    public void extend(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable(REVIEW_EXTENDED))) {
            throw new ActionNotAllowedException("本次法制审核期限已延长过一次，不能再次延长。");
        }
        Date due = dueDates.workingDaysAfter(dueAt(execution), settings.extensionWorkingDays());
        execution.setVariable(REVIEW_DUE_AT, due);
        execution.setVariable(REVIEW_EXTENDED, true);
        execution.setVariable(REVIEW_DEADLINE, text(due, true));
        DeadlineRecord record = running(execution.getProcessInstanceId());
        record.extendTo(due.toInstant());
        records.save(record);
        timers.rearm(execution, ACTIVITY_REVIEW_PERIOD, TIMERS);
        taskDueDates.move(execution.getProcessInstanceId(), List.of(TASK_REVIEW), due);
        notifications.aboutOpenTask(NotificationKind.REMINDER, execution.getProcessInstanceId(), TASK_REVIEW,
            DeadlineType.REVIEW.label(), due, "经机关负责人批准，法制审核期限延长 " + settings.extensionWorkingDays()
                + " 个工作日，至 " + MailComposer.time(due) + " 届满。", List.of());
    }

    private DeadlineRecord running(String processInstanceId) {
        return records.running(processInstanceId, DeadlineType.REVIEW).orElseThrow(() ->
            new ActionNotAllowedException("本案当前没有进行中的法制审核期限。"));
    }

    private static Date acceptedAt(DelegateExecution execution) {
        Object at = execution.getVariable(ACCEPTED_AT);
        return at instanceof Date date ? date : ClockUtil.getCurrentTime();
    }

    static String text(Date due, boolean extended) {
        return MailComposer.time(due) + (extended ? "（已延长）" : "");
    }
}
