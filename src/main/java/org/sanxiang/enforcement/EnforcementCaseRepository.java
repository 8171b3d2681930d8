package org.sanxiang.enforcement;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EnforcementCaseRepository extends JpaRepository<EnforcementCase, Long> {

    Optional<EnforcementCase> findByCaseNumber(String caseNumber);

    boolean existsByCaseNumber(String caseNumber);
}
