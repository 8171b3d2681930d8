package org.sanxiang.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hibernate.annotations.NaturalId;
import org.sanxiang.catalog.ReviewLevel;
import org.sanxiang.catalog.ReviewOutcome;

/**
 * A registered case as the application keeps it. Only the engine's listeners write it; it is the
 * authority the review gate consults (process variables can be changed by API clients).
 */
@Entity
@Table(name = "enforcement_case")
public class EnforcementCase {

    public enum Status { OPEN, DECIDED, CLOSED, ARCHIVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @NaturalId
    private String caseNumber;
    private String processInstanceId;
    private String title;
    private String category;
    private String action;
    @Column(name = "procedure_type")
    private String procedure;
    private String tier;
    private String domain;
    private String partyType;
    private String partyName;
    private BigDecimal amount;
    private String handlers;
    private String registeredBy;
    private Instant registeredAt;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private ReviewLevel reviewLevel;
    private String reviewBasis;
    @Enumerated(EnumType.STRING)
    private ReviewOutcome reviewOutcome;
    private String decisionNumber;
    private Instant closedAt;
    private Instant archivedAt;
    /** when the leader decided (负责人决定); counted by the annual statistics */
    private Instant decidedAt;
    /** the organisational unit (承办机构) chosen at registration; null for cases registered before units were kept */
    private String handlingUnit;

    protected EnforcementCase() {
    }

    public EnforcementCase(String caseNumber, String processInstanceId, CaseFacts facts, String registeredBy, Instant registeredAt) {
        this.caseNumber = caseNumber;
        this.processInstanceId = processInstanceId;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
        this.status = Status.OPEN;
        this.title = facts.caseTitle();
        this.domain = facts.domain();
        this.partyName = facts.partyName();
        this.handlers = String.join(",", facts.handlers());
        this.tier = facts.tier().name();
        this.partyType = facts.partyType().name();
        this.category = facts.category().name();
        this.procedure = facts.procedure().name();
        updateDecisionFacts(facts);
    }

    /** the facts a draft decision may change */
    public void updateDecisionFacts(CaseFacts facts) {
        this.action = facts.action().name();
        this.amount = facts.amount();
    }

    /** a new catalog evaluation: any earlier review outcome no longer applies */
    public void catalogDecided(ReviewLevel level, String basis) {
        this.reviewLevel = level;
        this.reviewBasis = basis;
        this.reviewOutcome = null;
    }

    /** the draft changed: neither the earlier catalog result nor review apply any more */
    public void draftRevised() {
        this.reviewLevel = null;
        this.reviewBasis = null;
        this.reviewOutcome = null;
    }

    public void reviewConcluded(ReviewOutcome outcome) {
        this.reviewOutcome = outcome;
    }

    public void decided(String number) {
        this.decisionNumber = number;
        this.decidedAt = ClockUtil.getCurrentTime().toInstant();
        this.status = Status.DECIDED;
    }

    public void closed(Instant at) {
        this.closedAt = at;
        this.status = Status.CLOSED;
    }

    public void archived(Instant at) {
        this.archivedAt = at;
        this.status = Status.ARCHIVED;
    }

    public List<String> handlerIds() {
        return Arrays.stream(handlers.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public boolean isHandler(String userId) {
        return handlerIds().contains(userId);
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getTitle() { return title; }
    public String getCategory() { return category; }
    public String getAction() { return action; }
    public String getProcedure() { return procedure; }
    public String getTier() { return tier; }
    public String getDomain() { return domain; }
    public String getPartyType() { return partyType; }
    public String getPartyName() { return partyName; }
    public BigDecimal getAmount() { return amount; }
    public String getRegisteredBy() { return registeredBy; }
    public Instant getRegisteredAt() { return registeredAt; }
    public Status getStatus() { return status; }
    public ReviewLevel getReviewLevel() { return reviewLevel; }
    public String getReviewBasis() { return reviewBasis; }
    public ReviewOutcome getReviewOutcome() { return reviewOutcome; }
    public String getDecisionNumber() { return decisionNumber; }
    public Instant getClosedAt() { return closedAt; }
    public Instant getArchivedAt() { return archivedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getHandlingUnit() { return handlingUnit; }

    void assignUnit(String unit) {
        this.handlingUnit = unit;
    }
}
