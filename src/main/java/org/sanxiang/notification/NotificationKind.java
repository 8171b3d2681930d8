package org.sanxiang.notification;

/** Why a mail is sent. */
public enum NotificationKind {
    TASK_CREATED("待办"),
    REMINDER("提醒"),
    ESCALATION("逾期"),
    CALENDAR_MISSING("工作日历");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
