package org.sanxiang.deadline;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.catalog.Category;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.notification.MailComposer;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.Notifications;
import org.sanxiang.people.Groups;
import org.springframework.stereotype.Component;

/**
 * 《行政处罚法》第60条: a penalty decision within 90 days of 立案 ({@code ${penaltyDeadlines...}} in
 * {@code enforcement-case}). The deadline runs for PENALTY cases from registration until the
 * leader decides (or the case leaves the decision: transferred to the judicial organs, or the
 * collective discussion refused the decision). The timer event subprocesses of the process fire
 * for every case and do nothing unless the deadline still runs.
 */
@Component("penaltyDeadlines")
public class PenaltyDeadlines {

    private final DeadlineSettings.Penalty settings;
    private final DueDates dueDates;
    private final DeadlineRecords records;
    private final OverdueMarks marks;
    private final Notifications notifications;
    private final CaseRegister cases;

    public PenaltyDeadlines(DeadlineSettings settings, DueDates dueDates, DeadlineRecords records, OverdueMarks marks,
                            Notifications notifications, CaseRegister cases) {
        this.settings = settings.penalty();
        this.dueDates = dueDates;
        this.records = records;
        this.marks = marks;
        this.notifications = notifications;
        this.cases = cases;
    }

    /** 立案: a PENALTY case's decision deadline starts */
    public void registered(DelegateExecution execution) {
        if (!Category.PENALTY.name().equals(execution.getVariable(CATEGORY))) {
            return;
        }
        Date now = ClockUtil.getCurrentTime();
        Date due = dueDates.daysAfter(now, settings.days());
        execution.setVariable(PENALTY_DUE_AT, due);
        records.open(execution.getProcessBusinessKey(), DeadlineType.PENALTY_DECISION, execution.getProcessInstanceId(),
            now.toInstant(), due.toInstant());
    }

    /** timer dates, counted from registration (the timers are created when the case starts) */
    public Date firstReminderAt(DelegateExecution execution) {
        return dueDates.daysBefore(dueAt(execution), settings.days() - settings.firstReminderDays());
    }

    public Date secondReminderAt(DelegateExecution execution) {
        return dueDates.daysBefore(dueAt(execution), settings.days() - settings.secondReminderDays());
    }

    public Date dueAt(DelegateExecution execution) {
        return execution.getVariable(PENALTY_DUE_AT) instanceof Date due ? due
            : dueDates.daysAfter(ClockUtil.getCurrentTime(), settings.days());
    }

    /** a reminder timer fired: the handlers are told, if the decision is still to be made */
    public void remind(DelegateExecution execution, int reminder) {
        if (!stillRunning(execution)) {
            return;
        }
        int days = reminder == 1 ? settings.firstReminderDays() : settings.secondReminderDays();
        Date due = dueAt(execution);
        notifications.aboutCase(NotificationKind.REMINDER, execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
            DeadlineType.PENALTY_DECISION.label(), due, "本案立案已满 " + days + " 日，尚未作出行政处罚决定。依照《行政处罚法》第六十条，"
                + "应当自立案之日起 " + settings.days() + " 日内（" + MailComposer.time(due) + " 前）作出行政处罚决定。",
            handlers(execution), List.of());
    }

    /** the deadline passed without a decision: recorded, shown on the case, the leaders told */
    public void overdue(DelegateExecution execution) {
        if (!stillRunning(execution)) {
            return;
        }
        Date due = dueAt(execution);
        records.overdue(execution.getProcessInstanceId(), DeadlineType.PENALTY_DECISION, ClockUtil.getCurrentTime().toInstant());
        marks.refresh(execution.getProcessBusinessKey());
        notifications.aboutCase(NotificationKind.ESCALATION, execution.getProcessBusinessKey(), execution.getProcessInstanceId(),
            DeadlineType.PENALTY_DECISION.label(), due, "本案自立案之日起已满 " + settings.days() + " 日（" + MailComposer.time(due)
                + " 届满），仍未作出行政处罚决定，已标记为逾期，请机关负责人督办。",
            handlers(execution), List.of(Groups.LEADER));
    }

    /** the leader decided, or the case left the decision: the deadline was met or missed */
    public void decided(DelegateExecution execution) {
        if (records.completed(execution.getProcessInstanceId(), DeadlineType.PENALTY_DECISION,
            ClockUtil.getCurrentTime().toInstant()).isPresent()) {
            marks.refresh(execution.getProcessBusinessKey());
        }
    }

    private boolean stillRunning(DelegateExecution execution) {
        return records.running(execution.getProcessInstanceId(), DeadlineType.PENALTY_DECISION).isPresent();
    }

    private List<String> handlers(DelegateExecution execution) {
        return cases.get(execution.getProcessBusinessKey()).handlerIds();
    }
}
