package org.sanxiang.disclosure;

import static org.sanxiang.disclosure.DecisionDisclosureProcess.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.catalog.Category;
import org.sanxiang.deadline.DeadlineRecords;
import org.sanxiang.deadline.DeadlineType;
import org.sanxiang.deadline.DueDates;
import org.sanxiang.notification.MailComposer;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.Notifications;
import org.sanxiang.people.Groups;
import org.springframework.stereotype.Component;

/**
 * The deadlines of {@code decision-disclosure} ({@code ${disclosureDeadlines...}} in the BPMN), on
 * the working-day calendar: publishing (7 or 20 working days after the decision, by
 * {@code disclosure-deadline}), withdrawal (3 working days for penalties, 20 otherwise, after the
 * 复议/诉讼 outcome was recorded) and correction (20 working days after the inaccuracy was found).
 * Reminders 2 and 1 working days before, escalation to the leaders when it passes, each a
 * {@link org.sanxiang.deadline.DeadlineRecord}; and the end of the online retention period.
 */
@Component("disclosureDeadlines")
public class DisclosureDeadlines {

    private final DisclosureSettings settings;
    private final DueDates dueDates;
    private final DeadlineRecords records;
    private final Notifications notifications;

    public DisclosureDeadlines(DisclosureSettings settings, DueDates dueDates, DeadlineRecords records, Notifications notifications) {
        this.settings = settings;
        this.dueDates = dueDates;
        this.records = records;
        this.notifications = notifications;
    }

    /** publishing: counted from the decision date (the moment the leader decided) */
    void disclosureStarted(DelegateExecution execution, int workingDays) {
        Date decided = (Date) execution.getVariable(DECISION_DATE);
        open(execution, DeadlineType.DISCLOSURE, decided, dueDates.workingDaysAfter(decided, workingDays));
    }

    /** a withdrawal or a correction was requested: its deadline starts now */
    public void started(DelegateExecution execution, String type) {
        DeadlineType deadline = DeadlineType.valueOf(type);
        Date now = ClockUtil.getCurrentTime();
        int days = deadline == DeadlineType.DISCLOSURE_CORRECTION ? settings.correctionWorkingDays()
            : Category.PENALTY.name().equals(execution.getVariable(CATEGORY)) ? settings.penaltyWithdrawalWorkingDays()
            : settings.otherWithdrawalWorkingDays();
        open(execution, deadline, now, dueDates.workingDaysAfter(now, days));
    }

    public Date dueAt(DelegateExecution execution, String type) {
        return (Date) execution.getVariable(dueVariable(DeadlineType.valueOf(type)));
    }

    public Date reminderAt(DelegateExecution execution, String type, int workingDaysBefore) {
        return dueDates.workingDaysBefore(dueAt(execution, type), workingDaysBefore);
    }

    public void remind(DelegateExecution execution, String type, int workingDaysBefore) {
        DeadlineType deadline = DeadlineType.valueOf(type);
        Date due = dueAt(execution, type);
        notifications.aboutOpenTask(NotificationKind.REMINDER, execution.getProcessInstanceId(), taskOf(deadline),
            deadline.label(), due, "距" + deadline.label() + "届满还有 " + workingDaysBefore + " 个工作日，请于 "
                + MailComposer.time(due) + " 前办理。", List.of());
    }

    /** the deadline passed with the work not done: recorded as overdue, the leaders told */
    public void overdue(DelegateExecution execution, String type) {
        DeadlineType deadline = DeadlineType.valueOf(type);
        Date due = dueAt(execution, type);
        records.overdue(execution.getProcessInstanceId(), deadline, ClockUtil.getCurrentTime().toInstant());
        notifications.aboutOpenTask(NotificationKind.ESCALATION, execution.getProcessInstanceId(), taskOf(deadline),
            deadline.label(), due, deadline.label() + "已于 " + MailComposer.time(due) + " 届满，尚未办理，已记录为逾期，请机关负责人督办。",
            List.of(Groups.LEADER));
    }

    /** the work was done: the deadline met or missed */
    void completed(DelegateExecution execution, DeadlineType type) {
        records.completed(execution.getProcessInstanceId(), type, ClockUtil.getCurrentTime().toInstant());
    }

    /** the end of the online retention period: years after publication, by category */
    public Date expiryAt(DelegateExecution execution) {
        ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE);
        return Date.from(now.plusYears(settings.retentionYears((String) execution.getVariable(CATEGORY))).toInstant());
    }

    private void open(DelegateExecution execution, DeadlineType type, Date from, Date due) {
        execution.setVariable(dueVariable(type), due);
        records.open(execution.getProcessBusinessKey(), type, execution.getProcessInstanceId(), from.toInstant(), due.toInstant());
    }

    private static String dueVariable(DeadlineType type) {
        return switch (type) {
            case DISCLOSURE -> DISCLOSURE_DUE_AT;
            case DISCLOSURE_WITHDRAWAL -> WITHDRAWAL_DUE_AT;
            case DISCLOSURE_CORRECTION -> CORRECTION_DUE_AT;
            default -> throw new IllegalArgumentException("not a disclosure deadline: " + type);
        };
    }

    private static String taskOf(DeadlineType type) {
        return switch (type) {
            case DISCLOSURE -> TASK_CHECK_REDACTION;
            case DISCLOSURE_WITHDRAWAL -> TASK_WITHDRAW;
            case DISCLOSURE_CORRECTION -> TASK_CORRECT;
            default -> throw new IllegalArgumentException("not a disclosure deadline: " + type);
        };
    }
}
