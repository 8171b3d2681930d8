package org.sanxiang.supervision;

import static org.sanxiang.supervision.AnnualReportProcess.*;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.Notifications;
import org.sanxiang.people.Groups;
import org.springframework.stereotype.Component;

/**
 * The steps of process {@code annual-report} ({@code ${annualReport...}}): compute a version of the
 * previous year's statistics, the dates of the approval's reminder, escalation and due time
 * (January of the next year, configuration {@code sanxiang.supervision.*-day}), and publication.
 */
@Component("annualReport")
public class AnnualReport {

    static final String DEADLINE_NAME = "年度行政执法数据公开期限";

    private final AnnualStatistics statistics;
    private final StatisticsVersions versions;
    private final Notifications notifications;
    private final SupervisionSettings settings;

    AnnualReport(AnnualStatistics statistics, StatisticsVersions versions, Notifications notifications, SupervisionSettings settings) {
        this.statistics = statistics;
        this.versions = versions;
        this.notifications = notifications;
        this.settings = settings;
    }

    /** computes a new version (the year before the start, unless the start named the year); a rejected draft is kept as such */
    public void compute(DelegateExecution execution) {
        if (execution.getVariable(VERSION_ID) instanceof Number previous) {
            versions.decide(previous.longValue(), false, (String) execution.getVariable(APPROVED_BY));
        }
        int year = year(execution);
        execution.setVariable(YEAR, year);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(BUSINESS_KEY_PREFIX + year);
        }
        Map<String, Object> computed = statistics.compute(year);
        StatisticsVersions.Version version = versions.draft(year, computed, "annual-report");
        execution.setVariable(VERSION_ID, version.id());
        execution.setVariable(VERSION_NO, version.version());
        execution.setVariable(SUMMARY, summary(computed));
        execution.removeVariable(APPROVED);
        execution.removeVariable(APPROVAL_NOTE);
    }

    /** the leader approved: the version is published on the portal */
    public void publish(DelegateExecution execution) {
        versions.decide(((Number) execution.getVariable(VERSION_ID)).longValue(), true, (String) execution.getVariable(APPROVED_BY));
    }

    public Date reminderAt(DelegateExecution execution) {
        return january(execution, settings.reminderDay(), LocalTime.of(9, 0));
    }

    public Date escalationAt(DelegateExecution execution) {
        return january(execution, settings.escalationDay(), LocalTime.of(9, 0));
    }

    /** the approval's due time: the end of the last day for publication */
    public Date dueAt(DelegateExecution execution) {
        return january(execution, settings.publishByDay(), LocalTime.of(17, 0));
    }

    public void remind(DelegateExecution execution) {
        notifications.aboutOpenTask(NotificationKind.REMINDER, execution.getProcessInstanceId(), TASK_APPROVE, DEADLINE_NAME,
            dueAt(execution), "请审核" + year(execution) + "年度行政执法统计数据。依照规定，应于每年1月" + settings.publishByDay()
                + "日前公开上年度行政执法总体情况有关数据。", List.of());
    }

    public void escalate(DelegateExecution execution) {
        notifications.aboutOpenTask(NotificationKind.ESCALATION, execution.getProcessInstanceId(), TASK_APPROVE, DEADLINE_NAME,
            dueAt(execution), year(execution) + "年度行政执法统计数据仍未审核公开，距1月" + settings.publishByDay()
                + "日公开期限已不足一周，请机关负责人尽快审核，系统管理员督办。", List.of(Groups.CAMUNDA_ADMIN));
    }

    private Date january(DelegateExecution execution, int day, LocalTime time) {
        LocalDate date = LocalDate.of(year(execution) + 1, 1, Math.min(day, 31));
        return Date.from(date.atTime(time).atZone(WorkingDayCalendar.ZONE).toInstant());
    }

    private static int year(DelegateExecution execution) {
        if (execution.getVariable(YEAR) instanceof Number year) {
            return year.intValue();
        }
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE).getYear() - 1;
    }

    @SuppressWarnings("unchecked")
    static String summary(Map<String, Object> computed) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) computed.get("categories");
        String categories = rows.stream().map(r -> r.get("label") + " " + r.get("cases") + " 件"
            + (r.containsKey("confiscatedAndFined") ? "（罚没金额 " + r.get("confiscatedAndFined") + " 元）" : ""))
            .collect(Collectors.joining("；"));
        Map<String, Object> reviews = (Map<String, Object>) computed.get("reviews");
        Map<String, Object> disclosures = (Map<String, Object>) computed.get("disclosures");
        Map<String, Object> recordings = (Map<String, Object>) computed.get("recordings");
        return computed.get("year") + "年度：" + categories + "。法制审核 " + reviews.get("total") + " 件，平均用时 "
            + reviews.get("averageWorkingDays") + " 个工作日。按期公示 " + disclosures.get("onTime") + " 件、逾期公示 "
            + disclosures.get("late") + " 件、逾期未公示 " + disclosures.get("overdue") + " 件。音像记录按时 " + recordings.get("onTime")
            + " 件、逾期 " + recordings.get("late") + " 件、缺失 " + recordings.get("overdue") + " 件。";
    }
}
