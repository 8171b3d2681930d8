package org.sanxiang.people;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The credentials of staff: who holds a valid enforcement certificate, who is legally qualified. */
@Component
public class Credentials {

    static final ZoneId AGENCY_ZONE = ZoneId.of("Asia/Shanghai");

    private final StaffCredentialRepository repository;
    private final ApplicationEventPublisher events;

    public Credentials(StaffCredentialRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    public Optional<StaffCredential> of(String userId) {
        return userId == null ? Optional.empty() : repository.findById(userId);
    }

    @Transactional
    public StaffCredential put(String userId, String certificateNumber, LocalDate certificateExpiry, boolean legalQualification, String by) {
        StaffCredential credential = repository.findById(userId).orElseGet(() -> new StaffCredential(userId));
        credential.update(certificateNumber, certificateExpiry, legalQualification, ClockUtil.getCurrentTime().toInstant(), by);
        StaffCredential saved = repository.save(credential);
        events.publishEvent(new StaffChanged(userId));
        return saved;
    }

    /** today in the agency's time zone (the engine's clock, so tests can move it) */
    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(AGENCY_ZONE).toLocalDate();
    }

    /** why the user may not act as a case's handler today (持证上岗), or empty if they may */
    public Optional<String> certificateProblem(String userId) {
        Optional<StaffCredential> credential = of(userId);
        if (credential.isEmpty() || credential.get().getCertificateNumber() == null) {
            return Optional.of("没有登记有效的行政执法证（持证上岗）");
        }
        StaffCredential c = credential.get();
        if (c.getCertificateExpiry() == null) {
            return Optional.of("的行政执法证（证号 " + c.getCertificateNumber() + "）没有登记有效期");
        }
        if (!c.certificateValidOn(today())) {
            return Optional.of("的行政执法证（证号 " + c.getCertificateNumber() + "）已于 " + c.getCertificateExpiry() + " 到期");
        }
        return Optional.empty();
    }

    public boolean hasLegalQualification(String userId) {
        return of(userId).map(StaffCredential::hasLegalQualification).orElse(false);
    }
}
