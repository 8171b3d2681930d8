package org.sanxiang.enforcement;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Looks up registered cases by case number. Within a transaction the case number is a natural id: the first
 * lookup reads the row, every later one in the same transaction (the task rules, listeners and labels of one
 * step) is answered from the persistence context without a statement.
 */
@Component
public class CaseRegister {

    private final EnforcementCaseRepository repository;
    private final EntityManager entityManager;

    public CaseRegister(EnforcementCaseRepository repository, EntityManager entityManager) {
        this.repository = repository;
        this.entityManager = entityManager;
    }

    public EnforcementCase get(String caseNumber) {
        return find(caseNumber).orElseThrow(() -> new IllegalStateException("案件 " + caseNumber + " 未登记"));
    }

    public Optional<EnforcementCase> find(String caseNumber) {
        if (caseNumber == null) {
            return Optional.empty();
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            return repository.findByCaseNumber(caseNumber);
        }
        return entityManager.unwrap(Session.class).bySimpleNaturalId(EnforcementCase.class).loadOptional(caseNumber);
    }

    public EnforcementCase save(EnforcementCase enforcementCase) {
        return repository.save(enforcementCase);
    }

    public boolean exists(String caseNumber) {
        return repository.existsByCaseNumber(caseNumber);
    }
}
