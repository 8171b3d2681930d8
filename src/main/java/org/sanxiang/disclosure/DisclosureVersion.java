package org.sanxiang.disclosure;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published version of a decision's public text (the first publication, then each correction). */
@Entity
@Table(name = "disclosure_version")
class DisclosureVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long disclosureId;
    private int version;
    @Column(columnDefinition = "TEXT")
    private String publishedText;
    private String originalHash;
    private String publishedHash;
    private Instant createdAt;
    private String createdBy;
    private String note;

    protected DisclosureVersion() {
    }

    DisclosureVersion(Disclosure disclosure, Instant at, String by, String note) {
        this.disclosureId = disclosure.getId();
        this.version = disclosure.getVersion();
        this.publishedText = disclosure.getPublishedText();
        this.originalHash = disclosure.getOriginalHash();
        this.publishedHash = disclosure.getPublishedHash();
        this.createdAt = at;
        this.createdBy = by;
        this.note = note;
    }

    int getVersion() { return version; }
    String getPublishedHash() { return publishedHash; }
    Instant getCreatedAt() { return createdAt; }
    String getNote() { return note; }
}
