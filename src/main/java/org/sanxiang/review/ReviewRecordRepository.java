package org.sanxiang.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** Queries every kind of review record answers. */
@NoRepositoryBean
public interface ReviewRecordRepository<T extends ReviewRecord> extends JpaRepository<T, Long> {

    List<T> findByCaseNumberOrderByIdAsc(String caseNumber);

    Optional<T> findFirstByReviewInstanceIdOrderByIdDesc(String reviewInstanceId);

    Optional<T> findFirstByCaseNumberOrderByIdDesc(String caseNumber);
}
