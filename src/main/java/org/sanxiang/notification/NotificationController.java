package org.sanxiang.notification;

import org.sanxiang.refusal.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

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

    @GetMapping
    public ResponseEntity<Map<String, Object>> list(@RequestParam(required = false) String status,
                                                    @RequestParam(required = false) String caseNumber,
                                                    @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "50") int size) {
        administrators.require("邮件发送记录");
        NotificationStatus wanted = parseStatus(status);
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidInputException(page < 0 ? "page" : "size", "分页参数无效：page 应不小于 0，size 应在 1 到 200 之间。");
        }
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
        Page<Notification> found = repository.findAll(filter, PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", found.getContent().stream().map(NotificationController::json).toList());
        body.put("page", found.getNumber());
        body.put("size", found.getSize());
        body.put("totalElements", found.getTotalElements());
        body.put("totalPages", found.getTotalPages());
        return ResponseEntity.ok(body);
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

    private static Map<String, Object> json(Notification n) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", n.getId());
        item.put("kind", n.getKind());
        item.put("kindLabel", n.getKind().label());
        item.put("caseNumber", n.getCaseNumber());
        item.put("taskId", n.getTaskId());
        item.put("recipientUser", n.getRecipientUser());
        item.put("recipientAddress", n.getRecipientAddress());
        item.put("subject", n.getSubject());
        item.put("body", n.getBody());
        item.put("status", n.getStatus());
        item.put("statusLabel", n.getStatus().label());
        item.put("statusReason", n.getStatusReason());
        item.put("attempts", n.getAttempts());
        item.put("createdAt", n.getCreatedAt());
        item.put("sentAt", n.getSentAt());
        item.put("jobId", n.getJobId());
        item.put("messageId", n.getMessageId());
        return item;
    }



}
