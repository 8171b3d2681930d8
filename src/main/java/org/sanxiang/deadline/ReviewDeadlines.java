package org.sanxiang.deadline;

import static org.sanxiang.review.LegalReviewProcess.*;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.deadline.ExtendableDeadlines.Period;
import org.sanxiang.notification.MailComposer;
import org.springframework.stereotype.Component;

/**
 * The legal review's deadline ({@code ${reviewDeadlines...}} in {@code legal-review}): due a
 * number of working days after acceptance; the subprocess {@code review-period} around
 * {@code review-decision} carries the reminder and overdue timers; one extension approved by a
 * leader moves the due date and re-arms them.
 */
@Component("reviewDeadlines")
public class ReviewDeadlines {

    static final Period PERIOD = new Period(DeadlineType.REVIEW, "法制审核期限", ACCEPTED_AT, REVIEW_DUE_AT,
        REVIEW_EXTENDED, REVIEW_DEADLINE, ACTIVITY_REVIEW_PERIOD,
        List.of(TIMER_REVIEW_FIRST_REMINDER, TIMER_REVIEW_SECOND_REMINDER, TIMER_REVIEW_OVERDUE), TASK_REVIEW);

    private final DeadlineSettings.Review settings;
    private final DueDates dueDates;
    private final ExtendableDeadlines deadlines;

    ReviewDeadlines(DeadlineSettings settings, DueDates dueDates, ExtendableDeadlines deadlines) {
        this.settings = settings.review();
        this.dueDates = dueDates;
        this.deadlines = deadlines;
    }

    /** the submission was accepted as complete (受理): the review period starts now */
    public void accepted(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        deadlines.begin(execution, PERIOD, now, dueDates.workingDaysAfter(now, settings.workingDays()));
        List.of(EXTENSION_REASON, EXTENSION_DECISION, EXTENSION_OPINION).forEach(execution::removeVariable);
    }

    /** the subprocess {@code review-period} starts: the deadline is recorded, no extension asked for yet */
    public void started(DelegateExecution execution) {
        List.of(REQUEST_EXTENSION, EXTENSION_REQUESTED_BY).forEach(execution::removeVariable);
        deadlines.open(execution, PERIOD, acceptedAt(execution));
    }

    public Date dueAt(DelegateExecution execution) {
        return deadlines.dueAt(execution, PERIOD);
    }

    public Date firstReminderAt(DelegateExecution execution) {
        return dueDates.workingDaysBefore(dueAt(execution), settings.firstReminderWorkingDaysBefore());
    }

    public Date secondReminderAt(DelegateExecution execution) {
        return dueDates.workingDaysBefore(dueAt(execution), settings.secondReminderWorkingDaysBefore());
    }

    /** a reminder timer fired: the reviewers holding the review are told */
    public void remind(DelegateExecution execution) {
        deadlines.remind(execution, PERIOD, "法制审核期限将于 " + MailComposer.time(dueAt(execution))
            + " 届满，请抓紧审核并出具书面审核意见；确需延长的，请及时申请延长审核期限。");
    }

    /** the overdue timer fired: the deadline is missed, the case shows it and the leaders are told */
    public void overdue(DelegateExecution execution) {
        deadlines.overdue(execution, PERIOD, "法制审核期限已于 " + MailComposer.time(dueAt(execution))
            + " 届满，尚未出具书面审核意见，案件已标记为逾期，请机关负责人督办。");
    }

    /** review-decision completed: the deadline was met or missed */
    public void completed(DelegateExecution execution) {
        deadlines.completed(execution, PERIOD);
    }

    /**
     * review-decision was completed as a request for the extension: refused if the period was extended
     * already or has run out, else recorded; the review task, created again, is not asked again
     */
    public void requested(DelegateExecution execution) {
        deadlines.requested(execution, PERIOD, (String) execution.getVariable(EXTENSION_REQUESTED_BY),
            (String) execution.getVariable(EXTENSION_REASON), () -> extendedAlready(execution));
        execution.setVariable(REQUEST_EXTENSION, false);
    }

    /** request-extension (process versions before 1.3.0) is being completed: as {@link #requested} */
    public void checkRequest(DelegateTask task, String userId, String reason) {
        deadlines.requested(task.getExecution(), PERIOD, userId, reason, () -> extendedAlready(task.getExecution()));
    }

    private String extendedAlready(DelegateExecution execution) {
        return "本次法制审核期限已延长过一次（至 " + MailComposer.time(dueAt(execution)) + "），不能再次申请延长。";
    }

    /** approve-extension is being completed: an approval is refused once the period has run out */
    public void checkDecision(DelegateTask task, String userId, ExtensionDecision decision, String opinion) {
        deadlines.decided(task, PERIOD, userId, decision, opinion, due -> "法制审核期限已于 " + MailComposer.time(due)
            + " 届满，已逾期，不能再批准延长；请选择“不予批准”并督促审核。");
    }

    /** the extension was approved: the due date moves, the timers and the review task follow, the reviewers are told */
    public void extend(DelegateExecution execution) {
        deadlines.extend(execution, PERIOD, "本次法制审核期限已延长过一次，不能再次延长。",
            due -> dueDates.workingDaysAfter(due, settings.extensionWorkingDays()),
            due -> "经机关负责人批准，法制审核期限延长 " + settings.extensionWorkingDays()
                + " 个工作日，至 " + MailComposer.time(due) + " 届满。");
    }

    private static Date acceptedAt(DelegateExecution execution) {
        Object at = execution.getVariable(ACCEPTED_AT);
        return at instanceof Date date ? date : ClockUtil.getCurrentTime();
    }
}
