package org.sanxiang.deadline;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.deadline.ExtendableDeadlines.Period;
import org.sanxiang.notification.MailComposer;
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

    static final Period PERIOD = new Period(DeadlineType.SEIZURE, "查封、扣押期限", SEIZURE_STARTED_AT, SEIZURE_DUE_AT,
        SEIZURE_EXTENDED, SEIZURE_DEADLINE, ACTIVITY_SEIZURE_PERIOD,
        List.of(TIMER_SEIZURE_FIRST_REMINDER, TIMER_SEIZURE_SECOND_REMINDER, TIMER_SEIZURE_LAPSED), TASK_CONCLUDE_SEIZURE);

    private static final String EXTENDED_ALREADY = "查封、扣押期限已延长过一次，依法不能再次延长。";

    private final DeadlineSettings.Seizure settings;
    private final DueDates dueDates;
    private final ExtendableDeadlines deadlines;

    SeizureDeadlines(DeadlineSettings settings, DueDates dueDates, ExtendableDeadlines deadlines) {
        this.settings = settings.seizure();
        this.dueDates = dueDates;
        this.deadlines = deadlines;
    }

    /** the seizure was executed: its period starts */
    public void started(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        deadlines.begin(execution, PERIOD, now, dueDates.daysAfter(now, settings.days()));
        deadlines.open(execution, PERIOD, now);
    }

    public Date dueAt(DelegateExecution execution) {
        return deadlines.dueAt(execution, PERIOD);
    }

    public Date firstReminderAt(DelegateExecution execution) {
        return dueDates.daysBefore(dueAt(execution), settings.firstReminderDaysBefore());
    }

    public Date secondReminderAt(DelegateExecution execution) {
        return dueDates.daysBefore(dueAt(execution), settings.secondReminderDaysBefore());
    }

    public void remind(DelegateExecution execution) {
        deadlines.remind(execution, PERIOD, "查封、扣押期限将于 " + MailComposer.time(dueAt(execution))
            + " 届满。期满前应当依法解除查封、扣押或者作出处理决定；情况复杂确需延长的，请及时申请，经机关负责人批准可以延长一次。");
    }

    /** the seizure period ran out without a conclusion */
    public void lapsed(DelegateExecution execution) {
        deadlines.overdue(execution, PERIOD, "查封、扣押期限已于 " + MailComposer.time(dueAt(execution))
            + " 届满，尚未解除或作出处理决定，已标记为逾期，请机关负责人督办。");
    }

    /** conclude-seizure completed */
    public void completed(DelegateExecution execution) {
        deadlines.completed(execution, PERIOD);
    }

    public void checkRequest(DelegateTask task, String userId, String reason) {
        deadlines.requested(task.getExecution(), PERIOD, userId, reason, () -> EXTENDED_ALREADY);
    }

    public void checkDecision(DelegateTask task, String userId, ExtensionDecision decision, String opinion) {
        deadlines.decided(task, PERIOD, userId, decision, opinion, due -> "查封、扣押期限已于 " + MailComposer.time(due)
            + " 届满，不能再批准延长；请选择“不予批准”并督促及时处理。");
    }

    /** the extension was approved: the seizure's end moves, the timers and tasks follow, the handlers are told */
    public void extend(DelegateExecution execution) {
        deadlines.extend(execution, PERIOD, EXTENDED_ALREADY, due -> dueDates.daysAfter(due, settings.extensionDays()),
            due -> "经机关负责人批准，查封、扣押期限延长 " + settings.extensionDays() + " 日，至 "
                + MailComposer.time(due) + " 届满。");
    }
}
