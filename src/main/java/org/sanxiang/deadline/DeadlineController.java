package org.sanxiang.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
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

    /** One deadline, with the Chinese labels of its type and status and how late it is now. */
    record DeadlineView(Long id, String caseNumber, DeadlineType type, String typeLabel, Instant startedAt,
            Instant originalDueAt, Instant dueAt, boolean extended, DeadlineStatus status, String statusLabel,
            boolean missed, Instant overdueAt, Instant completedAt, long lateSeconds, String lateBy,
            Extension extension) {

        static DeadlineView of(DeadlineRecord r) {
            Duration late = r.lateBy(ClockUtil.getCurrentTime().toInstant());
            return new DeadlineView(r.getId(), r.getCaseNumber(), r.getDeadlineType(), r.getDeadlineType().label(),
                    r.getStartedAt(), r.getOriginalDueAt(), r.getDueAt(), r.isExtended(), r.getStatus(),
                    r.getStatus().label(), r.getStatus().missed(), r.getOverdueAt(), r.getCompletedAt(),
                    late.getSeconds(), late.isZero() ? null : late.toString(), Extension.of(r));
        }
    }

    /** The extension asked for a deadline, null if none was asked. */
    record Extension(String requestedBy, String reason, String decidedBy, Boolean approved, String opinion) {

        static Extension of(DeadlineRecord r) {
            return r.getExtensionRequestedBy() == null ? null : new Extension(r.getExtensionRequestedBy(),
                    r.getExtensionReason(), r.getExtensionDecidedBy(), r.getExtensionApproved(), r.getExtensionOpinion());
        }
    }

    @GetMapping
    public ResponseEntity<Paging.Body<DeadlineView>> list(@RequestParam(required = false) String caseNumber,
                                                    @RequestParam(required = false) String type,
                                                    @RequestParam(required = false) String missed,
                                                    @RequestParam(defaultValue = "0") int page,
                                                    @RequestParam(defaultValue = "50") int size) {
        administrators.require("期限记录");
        DeadlineType wantedType = parseType(type);
        Boolean wantedMissed = parseMissed(missed);
        PageRequest paging = Paging.request(page, size, Sort.by("id"));
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
        Page<DeadlineRecord> found = repository.findAll(filter, paging);
        return ResponseEntity.ok(Paging.Body.of(found, DeadlineView::of));
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
