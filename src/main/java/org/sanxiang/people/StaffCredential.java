package org.sanxiang.people;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What qualifies a member of staff (持证上岗): the enforcement certificate (执法证号 and its expiry)
 * and, for reviewers, the legal-profession qualification (法律职业资格). Kept by administrators.
 */
@Entity
@Table(name = "staff_credential")
public class StaffCredential {

    @Id
    private String userId;
    private String certificateNumber;
    private LocalDate certificateExpiry;
    private boolean legalQualification;
    private Instant updatedAt;
    private String updatedBy;

    protected StaffCredential() {
    }

    public StaffCredential(String userId) {
        this.userId = userId;
    }

    void update(String certificateNumber, LocalDate certificateExpiry, boolean legalQualification, Instant at, String by) {
        this.certificateNumber = certificateNumber;
        this.certificateExpiry = certificateExpiry;
        this.legalQualification = legalQualification;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    /** holds a certificate that is still valid on the day (valid through its expiry date) */
    public boolean certificateValidOn(LocalDate day) {
        return certificateNumber != null && certificateExpiry != null && !certificateExpiry.isBefore(day);
    }

    public String getUserId() { return userId; }
    public String getCertificateNumber() { return certificateNumber; }
    public LocalDate getCertificateExpiry() { return certificateExpiry; }
    public boolean hasLegalQualification() { return legalQualification; }
    public Instant getUpdatedAt() { return updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
}
