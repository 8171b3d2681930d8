package org.sanxiang.notification;

import java.time.format.DateTimeFormatter;
import java.util.Date;

import org.camunda.bpm.engine.identity.User;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/** The Chinese text of the mails. */
@Component
public class MailComposer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(WorkingDayCalendar.ZONE);
    private static final String FOOTER = "本邮件由行政执法三项制度工作流系统自动发送，请勿直接回复。";

    private final NotificationSettings settings;

    public MailComposer(NotificationSettings settings) {
        this.settings = settings;
    }

    /** a deadline as people read it, in Beijing time */
    public static String time(Date date) {
        return date == null ? "无" : TIME.format(date.toInstant()) + "（北京时间）";
    }

    /**
     * A mail about a task: a new task, a reminder or an escalation.
     *
     * @param headline what happened, one sentence
     */
    public Mail aboutTask(NotificationKind kind, User to, TaskMail task, String headline) {
        String subject = "【" + kind.label() + "】" + task.caseNumber() + " " + task.taskName()
            + (task.deadline() == null ? "" : "（期限 " + TIME.format(task.deadline().toInstant()) + "）");
        StringBuilder body = new StringBuilder()
            .append(greeting(to)).append("\n\n")
            .append(headline).append("\n\n")
            .append("案号：").append(task.caseNumber()).append('\n');
        if (task.caseTitle() != null) {
            body.append("案件名称：").append(task.caseTitle()).append('\n');
        }
        body.append("任务：").append(task.taskName()).append('\n')
            .append("办理期限：").append(time(task.deadline())).append('\n');
        if (task.taskId() != null) {
            body.append("办理链接：").append(settings.taskLink(task.taskId())).append('\n');
        }
        body.append('\n').append(FOOTER);
        return new Mail(kind, task.caseNumber(), task.taskId(), to.getId(), to.getEmail(), subject, body.toString(), null);
    }

    /** a mail to an administrator that has nothing to do with a case */
    public Mail toAdministrator(NotificationKind kind, User to, String subject, String text, String dedupKey) {
        String body = greeting(to) + "\n\n" + text + "\n\n" + FOOTER;
        return new Mail(kind, null, null, to.getId(), to.getEmail(), "【" + kind.label() + "】" + subject, body, dedupKey);
    }

    private static String greeting(User user) {
        String name = (nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName())).strip();
        return (name.isEmpty() ? user.getId() : name) + "，您好：";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** what a mail about a task says of it */
    public record TaskMail(String caseNumber, String caseTitle, String taskId, String taskName, Date deadline) {
    }
}
