package org.sanxiang.disclosure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision's public information: the served text, its redacted version and where it stands. */
@Entity
@Table(name = "disclosure")
class Disclosure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String processInstanceId;
    private String agency;
    private String category;
    @Column(name = "action_code")
    private String action;
    private String decisionNumber;
    private String title;
    private LocalDate decidedOn;
    @Enumerated(EnumType.STRING)
    private DisclosureStatus status;
    @Column(columnDefinition = "TEXT")
    private String originalText;
    @Column(columnDefinition = "TEXT")
    private String publishedText;
    @Column(columnDefinition = "TEXT")
    private String maskedSpans;
    private String originalHash;
    private String publishedHash;
    @Column(columnDefinition = "TEXT")
    private String searchText;
    private int version;
    private String notPublishedReason;
    @Column(columnDefinition = "TEXT")
    private String checkNote;
    private Instant publishedAt;
    private Instant correctedAt;
    private Instant withdrawnAt;
    private String withdrawalReason;
    private Instant expiredAt;

    protected Disclosure() {
    }

    Disclosure(String caseNumber, String processInstanceId, String agency, String category, String action,
               String decisionNumber, LocalDate decidedOn) {
        this.caseNumber = caseNumber;
        this.processInstanceId = processInstanceId;
        this.agency = agency;
        this.category = category;
        this.action = action;
        this.decisionNumber = decisionNumber;
        this.decidedOn = decidedOn;
        this.title = "";
        this.status = DisclosureStatus.CHECKING;
    }

    void redacted(String title, String original, Redaction redaction) {
        this.title = title;
        this.originalText = original;
        this.publishedText = redaction.text();
        this.maskedSpans = redaction.spansJson();
        this.originalHash = Hashes.sha256(original);
        this.publishedHash = Hashes.sha256(redaction.text());
    }

    void checked(String note) {
        this.checkNote = note;
    }

    void notPublished(String reason) {
        this.status = DisclosureStatus.NOT_PUBLISHED;
        this.notPublishedReason = reason;
    }

    void published(Instant at, String searchText) {
        this.status = DisclosureStatus.PUBLISHED;
        this.publishedAt = at;
        this.version = 1;
        this.searchText = searchText;
    }

    void corrected(Instant at, String searchText) {
        this.correctedAt = at;
        this.version++;
        this.searchText = searchText;
    }

    void withdrawn(Instant at, String reason) {
        this.status = DisclosureStatus.WITHDRAWN;
        this.withdrawnAt = at;
        this.withdrawalReason = reason;
        this.searchText = null;
    }

    void expired(Instant at) {
        this.status = DisclosureStatus.EXPIRED;
        this.expiredAt = at;
        this.searchText = null;
    }

    Long getId() { return id; }
    String getCaseNumber() { return caseNumber; }
    String getProcessInstanceId() { return processInstanceId; }
    String getAgency() { return agency; }
    String getCategory() { return category; }
    String getAction() { return action; }
    String getDecisionNumber() { return decisionNumber; }
    String getTitle() { return title; }
    LocalDate getDecidedOn() { return decidedOn; }
    DisclosureStatus getStatus() { return status; }
    String getOriginalText() { return originalText; }
    String getPublishedText() { return publishedText; }
    String getMaskedSpans() { return maskedSpans; }
    String getOriginalHash() { return originalHash; }
    String getPublishedHash() { return publishedHash; }
    int getVersion() { return version; }
    String getSearchTextForIndex() { return searchText; }
    String getNotPublishedReason() { return notPublishedReason; }
    String getCheckNote() { return checkNote; }
    Instant getPublishedAt() { return publishedAt; }
    Instant getCorrectedAt() { return correctedAt; }
    Instant getWithdrawnAt() { return withdrawnAt; }
    String getWithdrawalReason() { return withdrawalReason; }
    Instant getExpiredAt() { return expiredAt; }
}
