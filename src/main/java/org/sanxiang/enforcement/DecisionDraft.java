package org.sanxiang.enforcement;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One draft of a case's decision (拟作出决定), kept as it was submitted; a revision is a new version. */
@Entity
@Table(name = "decision_draft")
public class DecisionDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    @Column(name = "version_no")
    private int version;
    private String action;
    private BigDecimal amount;
    private String decisionDraft;
    private String evidenceReasoning;
    private String legalBasis;
    private String discretionReasoning;
    private String draftedBy;
    private Instant draftedAt;

    protected DecisionDraft() {
    }

    DecisionDraft(String caseNumber, int version, String action, BigDecimal amount, String decisionDraft,
                  String evidenceReasoning, String legalBasis, String discretionReasoning, String draftedBy, Instant draftedAt) {
        this.caseNumber = caseNumber;
        this.version = version;
        this.action = action;
        this.amount = amount;
        this.decisionDraft = decisionDraft;
        this.evidenceReasoning = evidenceReasoning;
        this.legalBasis = legalBasis;
        this.discretionReasoning = discretionReasoning;
        this.draftedBy = draftedBy;
        this.draftedAt = draftedAt;
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public int getVersion() { return version; }
    public String getAction() { return action; }
    public BigDecimal getAmount() { return amount; }
    public String getDecisionDraft() { return decisionDraft; }
    public String getEvidenceReasoning() { return evidenceReasoning; }
    public String getLegalBasis() { return legalBasis; }
    public String getDiscretionReasoning() { return discretionReasoning; }
    public String getDraftedBy() { return draftedBy; }
    public Instant getDraftedAt() { return draftedAt; }
}
