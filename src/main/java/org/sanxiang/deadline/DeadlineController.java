package org.sanxiang.deadline;

import org.sanxiang.refusal.InvalidInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * {@code GET /api/deadlines}: every deadline of the cases with its due time, whether it was met
 * and by how much it was missed, for administrators (and the supervision statistics). Filters:
 * {@code caseNumber}, {@code type} (REVIEW, PENALTY_DECISION, SEIZURE, ARCHIVE), {@code missed}
 * (true: missed or overdue now; false: met or still running in time); paging {@code page},
 * {@code size} (1–200, default 50). Oldest first.
 */
@RestController
@RequestMapping("/api/deadlines")
public class DeadlineController {

    private final DeadlineRecordRepository repository;
    private final AdministratorsOnly administrators;

    public DeadlineController(DeadlineRecordRepository repository, AdministratorsOnly administrators) {
        this.repository = repository;
        this.administrators = administrators;
    }

    @GetMapping
    public ResponseEntity<Map<String, Object>> list(@RequestParam(required = false) String caseNumber,
                                                    @RequestParam(required = false) String type,
                                                    @RequestParam(required = false) String missed,
                                                    @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "50") int size) {
        administrators.require("期限记录");
        DeadlineType wantedType = parseType(type);
        Boolean wantedMissed = parseMissed(missed);
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidInputException(page < 0 ? "page" : "size", "分页参数无效：page 应不小于 0，size 应在 1 到 200 之间。");
        }
        Specification<DeadlineRecord> filter = (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (caseNumber != null && !caseNumber.isBlank()) {
                predicates.add(cb.equal(root.get("caseNumber"), caseNumber.strip()));
            }
            if (wantedType != null) {
                predicates.add(cb.equal(root.get("deadlineType"), wantedType));
            }
            if (wantedMissed != null) {
                var missedStatuses = root.get("status").in(DeadlineStatus.OVERDUE, DeadlineStatus.MISSED);
                predicates.add(wantedMissed ? missedStatuses : cb.not(missedStatuses));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
        Page<DeadlineRecord> found = repository.findAll(filter, PageRequest.of(page, size, Sort.by("id")));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("content", found.getContent().stream().map(DeadlineController::json).toList());
        body.put("page", found.getNumber());
        body.put("size", found.getSize());
        body.put("totalElements", found.getTotalElements());
        body.put("totalPages", found.getTotalPages());
        return ResponseEntity.ok(body);
    }

    private static Map<String, Object> json(DeadlineRecord r) {
        Duration late = r.lateBy(ClockUtil.getCurrentTime().toInstant());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", r.getId());
        item.put("caseNumber", r.getCaseNumber());
        item.put("type", r.getDeadlineType());
        item.put("typeLabel", r.getDeadlineType().label());
        item.put("startedAt", r.getStartedAt());
        item.put("originalDueAt", r.getOriginalDueAt());
        item.put("dueAt", r.getDueAt());
        item.put("extended", r.isExtended());
        item.put("status", r.getStatus());
        item.put("statusLabel", r.getStatus().label());
        item.put("missed", r.getStatus().missed());
        item.put("overdueAt", r.getOverdueAt());
        item.put("completedAt", r.getCompletedAt());
        item.put("lateSeconds", late.getSeconds());
        item.put("lateBy", late.isZero() ? null : late.toString());
        Map<String, Object> extension = new LinkedHashMap<>();
        extension.put("requestedBy", r.getExtensionRequestedBy());
        extension.put("reason", r.getExtensionReason());
        extension.put("decidedBy", r.getExtensionDecidedBy());
        extension.put("approved", r.getExtensionApproved());
        extension.put("opinion", r.getExtensionOpinion());
        item.put("extension", r.getExtensionRequestedBy() == null ? null : extension);
        return item;
    }

    private static DeadlineType parseType(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return DeadlineType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type", "参数 type 无效：“" + type + "”。可选：REVIEW（法制审核期限）、PENALTY_DECISION（行政处罚决定期限）、"
                + "SEIZURE（查封扣押期限）、ARCHIVE（归档期限）。");
        }
    }

    private static Boolean parseMissed(String missed) {
        if (missed == null || missed.isBlank()) {
            return null;
        }
        return switch (missed.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException("missed", "参数 missed 无效：“" + missed + "”，应为 true 或 false。");
        };
    }


}
