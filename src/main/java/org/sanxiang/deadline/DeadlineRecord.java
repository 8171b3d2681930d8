package org.sanxiang.deadline;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One deadline of a case: when it started, when it is due, whether it was met and by how much it was missed. */
@Entity
@Table(name = "deadline_record")
public class DeadlineRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    @Enumerated(EnumType.STRING)
    private DeadlineType deadlineType;
    private String processInstanceId;
    private Instant startedAt;
    private Instant originalDueAt;
    private Instant dueAt;
    @Enumerated(EnumType.STRING)
    private DeadlineStatus status;
    private Instant overdueAt;
    private Instant completedAt;
    private Long lateSeconds;
    private String extensionRequestedBy;
    @Column(columnDefinition = "TEXT")
    private String extensionReason;
    private String extensionDecidedBy;
    private Boolean extensionApproved;
    @Column(columnDefinition = "TEXT")
    private String extensionOpinion;

    protected DeadlineRecord() {
    }

    public DeadlineRecord(String caseNumber, DeadlineType type, String processInstanceId, Instant startedAt, Instant dueAt) {
        this.caseNumber = caseNumber;
        this.deadlineType = type;
        this.processInstanceId = processInstanceId;
        this.startedAt = startedAt;
        this.originalDueAt = dueAt;
        this.dueAt = dueAt;
        this.status = DeadlineStatus.OPEN;
    }

    public void extensionRequested(String by, String reason) {
        this.extensionRequestedBy = by;
        this.extensionReason = reason;
    }

    public void extensionDecided(String by, boolean approved, String opinion) {
        this.extensionDecidedBy = by;
        this.extensionApproved = approved;
        this.extensionOpinion = opinion;
    }

    public void extendTo(Instant newDueAt) {
        this.dueAt = newDueAt;
    }

    /**
     * The deadline counts from an activity whose time became known only when its work was done (a
     * recording names when its activity happened): it starts then and is due accordingly.
     */
    public void activityHappened(Instant at, Instant due) {
        this.startedAt = at;
        this.originalDueAt = due;
        this.dueAt = due;
    }

    public void overdue(Instant at) {
        this.status = DeadlineStatus.OVERDUE;
        this.overdueAt = at;
    }

    public void completed(Instant at) {
        this.completedAt = at;
        long late = Duration.between(dueAt, at).getSeconds();
        this.lateSeconds = Math.max(0, late);
        this.status = late > 0 ? DeadlineStatus.MISSED : DeadlineStatus.MET;
    }

    public boolean isExtended() {
        return !dueAt.equals(originalDueAt);
    }

    /** how late the work was done, or is so far while it is overdue; zero when met */
    public Duration lateBy(Instant now) {
        return switch (status) {
            case OPEN, MET -> Duration.ZERO;
            case OVERDUE -> Duration.between(dueAt, now).isNegative() ? Duration.ZERO : Duration.between(dueAt, now);
            case MISSED -> Duration.ofSeconds(lateSeconds);
        };
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public DeadlineType getDeadlineType() { return deadlineType; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getOriginalDueAt() { return originalDueAt; }
    public Instant getDueAt() { return dueAt; }
    public DeadlineStatus getStatus() { return status; }
    public Instant getOverdueAt() { return overdueAt; }
    public Instant getCompletedAt() { return completedAt; }
    public Long getLateSeconds() { return lateSeconds; }
    public String getExtensionRequestedBy() { return extensionRequestedBy; }
    public String getExtensionReason() { return extensionReason; }
    public String getExtensionDecidedBy() { return extensionDecidedBy; }
    public Boolean getExtensionApproved() { return extensionApproved; }
    public String getExtensionOpinion() { return extensionOpinion; }
}
