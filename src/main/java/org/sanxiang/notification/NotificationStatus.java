package org.sanxiang.notification;

/** Where a mail of the outbox stands. */
public enum NotificationStatus {
    /** not sent yet: waiting for its job, or for a mail server to be configured */
    PENDING("待发送"),
    SENT("已发送"),
    /** every retry failed; the job has an incident */
    FAILED("发送失败");

    private final String label;

    NotificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
