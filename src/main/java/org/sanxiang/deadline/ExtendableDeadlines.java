package org.sanxiang.deadline;

import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.notification.MailComposer;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.Notifications;
import org.sanxiang.people.Groups;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.springframework.stereotype.Component;

/**
 * What the deadlines that a leader may extend once, the legal review's and a seizure's, do alike.
 * Each keeps its due date in process variables and is watched by the boundary timers of a
 * subprocess around one task; this class records the deadline, marks it overdue, takes the
 * request for the extension and the leader's decision, and on approval moves the due date,
 * re-arms the subprocess's timers and moves the task's due date. Which variables, subprocess,
 * timers and task a deadline uses is its {@link Period}; its periods and its wording stay with it.
 */
@Component
class ExtendableDeadlines {

    /**
     * Where one extendable deadline lives in its process.
     *
     * @param name         the deadline as the refusals name it, e.g. 法制审核期限
     * @param startedAt    the variable holding when the period started
     * @param dueAt        the variable holding the due date ({@link Date})
     * @param extended     the variable holding whether the one extension was granted
     * @param deadlineText the variable showing the due date to people
     * @param subprocessId the subprocess whose boundary timers watch the deadline
     * @param timerIds     those timers
     * @param taskKey      the task the deadline is about
     */
    record Period(DeadlineType type, String name, String startedAt, String dueAt, String extended, String deadlineText,
                  String subprocessId, List<String> timerIds, String taskKey) {
    }

    private final DeadlineRecords records;
    private final OverdueMarks marks;
    private final Notifications notifications;
    private final TimerRearm timers;
    private final TaskDueDates taskDueDates;

    ExtendableDeadlines(DeadlineRecords records, OverdueMarks marks, Notifications notifications, TimerRearm timers,
                        TaskDueDates taskDueDates) {
        this.records = records;
        this.marks = marks;
        this.notifications = notifications;
        this.timers = timers;
        this.taskDueDates = taskDueDates;
    }

    /** the period starts: its start and due date go into the process, not extended */
    void begin(DelegateExecution execution, Period period, Date startedAt, Date due) {
        execution.setVariable(period.startedAt(), startedAt);
        execution.setVariable(period.dueAt(), due);
        execution.setVariable(period.extended(), false);
        execution.setVariable(period.deadlineText(), text(due, false));
    }

    /** the deadline is recorded, from {@code startedAt} to the due date in the process */
    void open(DelegateExecution execution, Period period, Date startedAt) {
        records.open(execution.getProcessBusinessKey(), period.type(), execution.getProcessInstanceId(),
            startedAt.toInstant(), dueAt(execution, period).toInstant());
    }

    Date dueAt(VariableScope scope, Period period) {
        return (Date) scope.getVariable(period.dueAt());
    }

    /** a reminder timer fired: the holders of the task are told */
    void remind(DelegateExecution execution, Period period, String message) {
        notifications.aboutOpenTask(NotificationKind.REMINDER, execution.getProcessInstanceId(), period.taskKey(),
            period.type().label(), dueAt(execution, period), message, List.of());
    }

    /** the last timer fired: the deadline is missed, the case shows it and the leaders are told */
    void overdue(DelegateExecution execution, Period period, String escalation) {
        Date due = dueAt(execution, period);
        records.overdue(execution.getProcessInstanceId(), period.type(), ClockUtil.getCurrentTime().toInstant());
        marks.refresh(execution.getProcessBusinessKey());
        notifications.aboutOpenTask(NotificationKind.ESCALATION, execution.getProcessInstanceId(), period.taskKey(),
            period.type().label(), due, escalation, List.of(Groups.LEADER));
    }

    /** the task was completed: the deadline was met or missed */
    void completed(DelegateExecution execution, Period period) {
        records.completed(execution.getProcessInstanceId(), period.type(), ClockUtil.getCurrentTime().toInstant());
        marks.refresh(execution.getProcessBusinessKey());
    }

    /** the request for the extension is being completed: refused if it was extended already or has run out */
    void requested(DelegateExecution execution, Period period, String userId, String reason, Supplier<String> extendedAlready) {
        if (Boolean.TRUE.equals(execution.getVariable(period.extended()))) {
            throw new ActionNotAllowedException(extendedAlready.get());
        }
        DeadlineRecord record = running(execution.getProcessInstanceId(), period);
        if (record.getStatus() == DeadlineStatus.OVERDUE) {
            throw new ActionNotAllowedException(period.name() + "已于 " + MailComposer.time(dueAt(execution, period))
                + " 届满，不能再申请延长。");
        }
        record.extensionRequested(userId, reason);
        records.save(record);
    }

    /** the leader's decision is being completed: an approval is refused once the deadline has run out */
    void decided(DelegateTask task, Period period, String userId, ExtensionDecision decision, String opinion,
                 Function<Date, String> tooLateToApprove) {
        DeadlineRecord record = running(task.getProcessInstanceId(), period);
        if (decision == ExtensionDecision.APPROVE && record.getStatus() == DeadlineStatus.OVERDUE) {
            throw new ActionNotAllowedException(tooLateToApprove.apply(dueAt(task.getExecution(), period)));
        }
        record.extensionDecided(userId, decision == ExtensionDecision.APPROVE, opinion);
        records.save(record);
    }

    /**
     * The extension was approved: the due date moves, the timers and the task follow, the task's
     * holders are told.
     *
     * @param moved  the new due date from the old one
     * @param notice what the holders are told, from the new due date
     */
    void extend(DelegateExecution execution, Period period, String extendedAlready, UnaryOperator<Date> moved,
                Function<Date, String> notice) {
        if (Boolean.TRUE.equals(execution.getVariable(period.extended()))) {
            throw new ActionNotAllowedException(extendedAlready);
        }
        Date due = moved.apply(dueAt(execution, period));
        execution.setVariable(period.dueAt(), due);
        execution.setVariable(period.extended(), true);
        execution.setVariable(period.deadlineText(), text(due, true));
        DeadlineRecord record = running(execution.getProcessInstanceId(), period);
        record.extendTo(due.toInstant());
        records.save(record);
        timers.rearm(execution, period.subprocessId(), period.timerIds());
        taskDueDates.move(execution.getProcessInstanceId(), List.of(period.taskKey()), due);
        notifications.aboutOpenTask(NotificationKind.REMINDER, execution.getProcessInstanceId(), period.taskKey(),
            period.type().label(), due, notice.apply(due), List.of());
    }

    private DeadlineRecord running(String processInstanceId, Period period) {
        return records.running(processInstanceId, period.type()).orElseThrow(() ->
            new ActionNotAllowedException("本案当前没有进行中的" + period.name() + "。"));
    }

    /** the due date as people read it */
    static String text(Date due, boolean extended) {
        return MailComposer.time(due) + (extended ? "（已延长）" : "");
    }
}
