package org.sanxiang.deadline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DeadlineRecordRepository extends JpaRepository<DeadlineRecord, Long>, JpaSpecificationExecutor<DeadlineRecord> {

    Optional<DeadlineRecord> findFirstByProcessInstanceIdAndDeadlineTypeAndStatusInOrderByIdDesc(
        String processInstanceId, DeadlineType type, Collection<DeadlineStatus> statuses);

    List<DeadlineRecord> findByCaseNumberAndStatusOrderById(String caseNumber, DeadlineStatus status);

    List<DeadlineRecord> findByCaseNumberOrderById(String caseNumber);
}
