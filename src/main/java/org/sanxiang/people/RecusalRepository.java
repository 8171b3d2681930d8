package org.sanxiang.people;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecusalRepository extends JpaRepository<Recusal, Long> {

    List<Recusal> findByCaseNumberOrderByIdAsc(String caseNumber);

    boolean existsByCaseNumberAndUserId(String caseNumber, String userId);
}
