package org.sanxiang.notification;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.Paging;
import org.sanxiang.security.AdministratorsOnly;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/notifications}: the mail outbox, newest first, for administrators. Filters:
 * {@code status} (PENDING, SENT, FAILED), {@code caseNumber}; paging: {@code page} (from 0),
 * {@code size} (1–200, default 50).
 */
@RestController
@RequestMapping("/api/notifications")
public class NotificationController {

    private final NotificationRepository repository;
    private final AdministratorsOnly administrators;

    public NotificationController(NotificationRepository repository, AdministratorsOnly administrators) {
        this.repository = repository;
        this.administrators = administrators;
    }

    /** One mail of the outbox, with the Chinese labels of its kind and status. */
    record NotificationView(Long id, NotificationKind kind, String kindLabel, String caseNumber, String taskId,
            String recipientUser, String recipientAddress, String subject, String body, NotificationStatus status,
            String statusLabel, String statusReason, int attempts, Instant createdAt, Instant sentAt, String jobId,
            String messageId) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.getId(), n.getKind(), n.getKind().label(), n.getCaseNumber(), n.getTaskId(),
                    n.getRecipientUser(), n.getRecipientAddress(), n.getSubject(), n.getBody(), n.getStatus(),
                    n.getStatus().label(), n.getStatusReason(), n.getAttempts(), n.getCreatedAt(), n.getSentAt(),
                    n.getJobId(), n.getMessageId());
        }
    }

    @GetMapping
    public ResponseEntity<Paging.Body<NotificationView>> list(@RequestParam(required = false) String status,
                                                    @RequestParam(required = false) String caseNumber,
                                                    @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "50") int size) {
        administrators.require("邮件发送记录");
        NotificationStatus wanted = parseStatus(status);
        PageRequest paging = Paging.request(page, size, Sort.by(Sort.Direction.DESC, "id"));
        Specification<Notification> filter = (root, query, cb) -> {
            var predicates = new java.util.ArrayList<Predicate>();
            if (wanted != null) {
                predicates.add(cb.equal(root.get("status"), wanted));
            }
            if (caseNumber != null && !caseNumber.isBlank()) {
                predicates.add(cb.equal(root.get("caseNumber"), caseNumber.strip()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        Page<Notification> found = repository.findAll(filter, paging);
        return ResponseEntity.ok(Paging.Body.of(found, NotificationView::of));
    }

    private static NotificationStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return NotificationStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "参数 status 无效：“" + status + "”。可选：PENDING（待发送）、SENT（已发送）、FAILED（发送失败）。");
        }
    }
}
