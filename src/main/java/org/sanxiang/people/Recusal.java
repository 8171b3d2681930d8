package org.sanxiang.people;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A declared recusal (回避): the user may not act on the case's legal review. Never withdrawn. */
@Entity
@Table(name = "case_recusal")
public class Recusal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String userId;
    private String reason;
    private String declaredBy;
    private Instant declaredAt;

    protected Recusal() {
    }

    public Recusal(String caseNumber, String userId, String reason, String declaredBy, Instant declaredAt) {
        this.caseNumber = caseNumber;
        this.userId = userId;
        this.reason = reason;
        this.declaredBy = declaredBy;
        this.declaredAt = declaredAt;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getUserId() { return userId; }
    public String getReason() { return reason; }
    public String getDeclaredBy() { return declaredBy; }
    public Instant getDeclaredAt() { return declaredAt; }
}
