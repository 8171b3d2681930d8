package org.sanxiang.notification;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface NotificationRepository extends JpaRepository<Notification, Long>, JpaSpecificationExecutor<Notification> {

    boolean existsByDedupKey(String dedupKey);

    List<Notification> findByStatusAndJobIdIsNull(NotificationStatus status);

    List<Notification> findByCaseNumberOrderById(String caseNumber);
}
