package org.sanxiang.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One mail to one person in the outbox. */
@Entity
@Table(name = "notification_outbox")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String caseNumber;
    private String taskId;
    private String recipientUser;
    private String recipientAddress;
    private String subject;
    @Column(columnDefinition = "TEXT")
    private String body;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    private String statusReason;
    private int attempts;
    private Instant createdAt;
    private Instant sentAt;
    private String jobId;
    private String dedupKey;
    private String messageId;

    protected Notification() {
    }

    public Notification(Mail mail, Instant createdAt) {
        this.kind = mail.kind();
        this.caseNumber = mail.caseNumber();
        this.taskId = mail.taskId();
        this.recipientUser = mail.recipientUser();
        this.recipientAddress = mail.recipientAddress();
        this.subject = mail.subject();
        this.body = mail.body();
        this.dedupKey = mail.dedupKey();
        this.status = NotificationStatus.PENDING;
        this.createdAt = createdAt;
    }

    /** the Message-ID header of every attempt to send this mail, fixed once the row has its id */
    public void identify(String messageId) {
        if (this.messageId != null) {
            throw new IllegalStateException("mail " + id + " already has its Message-ID " + this.messageId);
        }
        this.messageId = messageId;
    }

    public void waitingFor(String reason) {
        this.statusReason = reason;
    }

    public void queued(String jobId) {
        this.jobId = jobId;
        this.statusReason = null;
    }

    public void sent(Instant at) {
        this.attempts++;
        this.status = NotificationStatus.SENT;
        this.sentAt = at;
        this.statusReason = null;
    }

    /** an attempt failed; {@code finalFailure} when no retry is left */
    public void attemptFailed(String reason, boolean finalFailure) {
        this.attempts++;
        this.statusReason = reason;
        if (finalFailure) {
            this.status = NotificationStatus.FAILED;
        }
    }

    public boolean isSent() {
        return status == NotificationStatus.SENT;
    }

    public Long getId() { return id; }
    public NotificationKind getKind() { return kind; }
    public String getCaseNumber() { return caseNumber; }
    public String getTaskId() { return taskId; }
    public String getRecipientUser() { return recipientUser; }
    public String getRecipientAddress() { return recipientAddress; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public NotificationStatus getStatus() { return status; }
    public String getStatusReason() { return statusReason; }
    public int getAttempts() { return attempts; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public String getJobId() { return jobId; }
    public String getDedupKey() { return dedupKey; }
    public String getMessageId() { return messageId; }
}
