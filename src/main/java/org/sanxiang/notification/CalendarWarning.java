package org.sanxiang.notification;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.people.Groups;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Warns administrators ({@code camunda-admin}) by mail when a year's working-day calendar is
 * missing: from 1 November for the next year ({@link WorkingDayCalendar#missingYears(LocalDate)}).
 * Checked daily ({@code sanxiang.mail.calendar-check-cron}); each administrator is warned once per
 * missing year, not every day.
 */
@Component
public class CalendarWarning {

    private final WorkingDayCalendar calendar;
    private final TaskHolders people;
    private final MailComposer composer;
    private final NotificationOutbox outbox;

    public CalendarWarning(WorkingDayCalendar calendar, TaskHolders people, MailComposer composer, NotificationOutbox outbox) {
        this.calendar = calendar;
        this.people = people;
        this.composer = composer;
        this.outbox = outbox;
    }

    @Scheduled(cron = "${sanxiang.mail.calendar-check-cron}", zone = "Asia/Shanghai")
    public void daily() {
        warnIfMissing(ClockUtil.getCurrentTime().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate());
    }

    /** @return how many warnings were written today */
    @Transactional
    public int warnIfMissing(LocalDate today) {
        List<Integer> missing = calendar.missingYears(today);
        int written = 0;
        for (int year : missing) {
            for (User admin : people.membersOf(List.of(Groups.CAMUNDA_ADMIN))) {
                if (admin.getEmail() == null || admin.getEmail().isBlank()) {
                    continue;
                }
                String text = "系统中缺少 " + year + " 年的工作日历（国务院办公厅公布的节假日安排）。"
                    + "缺少工作日历时，法制审核、归档等按工作日计算的期限只能按周末推算，节假日和调休上班日不会被考虑。\n\n"
                    + "请在国务院办公厅公布 " + year + " 年节假日安排后，及时通过 PUT /api/calendar/years/" + year
                    + " 录入全年放假日和调休上班日。";
                if (outbox.enqueue(composer.toAdministrator(NotificationKind.CALENDAR_MISSING, admin,
                    "缺少 " + year + " 年工作日历", text, "calendar-missing:" + year + ":" + admin.getId()))) {
                    written++;
                }
            }
        }
        return written;
    }
}
