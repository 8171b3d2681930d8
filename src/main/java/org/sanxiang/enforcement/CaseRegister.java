package org.sanxiang.enforcement;

import java.util.Optional;

import org.springframework.stereotype.Component;

/** Looks up registered cases by case number. */
@Component
public class CaseRegister {

    private final EnforcementCaseRepository repository;

    public CaseRegister(EnforcementCaseRepository repository) {
        this.repository = repository;
    }

    public EnforcementCase get(String caseNumber) {
        return find(caseNumber).orElseThrow(() -> new IllegalStateException("案件 " + caseNumber + " 未登记"));
    }

    public Optional<EnforcementCase> find(String caseNumber) {
        return caseNumber == null ? Optional.empty() : repository.findByCaseNumber(caseNumber);
    }

    public EnforcementCase save(EnforcementCase enforcementCase) {
        return repository.save(enforcementCase);
    }

    public boolean exists(String caseNumber) {
        return repository.existsByCaseNumber(caseNumber);
    }
}
