package org.sanxiang.enforcement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DecisionDraftRepository extends JpaRepository<DecisionDraft, Long> {

    List<DecisionDraft> findByCaseNumberOrderByVersionAsc(String caseNumber);

    Optional<DecisionDraft> findFirstByCaseNumberOrderByVersionDesc(String caseNumber);
}
