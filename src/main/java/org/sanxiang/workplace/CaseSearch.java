package org.sanxiang.workplace;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.sanxiang.deadline.DeadlineRecord;
import org.sanxiang.deadline.DeadlineRecords;
import org.sanxiang.deadline.DeadlineStatus;
import org.sanxiang.enforcement.CaseReaders;
import org.sanxiang.enforcement.EnforcementCase;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * 我的案件: the cases a user may read (a handler: the cases he or she handles; review, leaders, archive,
 * disclosure and administrators: all), searched by number, party or title, stage and handler, each with its
 * current steps, its next deadline and whether a deadline is overdue.
 */
@Component
class CaseSearch {

    static final int PAGE_SIZE = 20;

    /** the stages a case goes through, as staff name them */
    static final Map<EnforcementCase.Status, String> STAGES = Map.of(
        EnforcementCase.Status.OPEN, "办理中", EnforcementCase.Status.DECIDED, "已作出决定",
        EnforcementCase.Status.CLOSED, "已结案", EnforcementCase.Status.ARCHIVED, "已归档");

    record Deadline(String name, Instant dueAt, boolean overdue) {
    }

    record CaseRow(String caseNumber, String title, String partyName, String stage, String stageLabel, List<String> steps,
                   List<String> handlers, Deadline nextDeadline, boolean overdue) {
    }

    record CasePage(List<CaseRow> items, int page, int pageSize, long total, int pages) {
    }

    private final CaseListRepository cases;
    private final CaseReaders readers;
    private final Directory directory;
    private final TaskService tasks;
    private final DeadlineRecords deadlines;
    private final ProcessEngineConfigurationImpl engine;

    CaseSearch(CaseListRepository cases, CaseReaders readers, Directory directory, TaskService tasks, DeadlineRecords deadlines,
               ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
        this.cases = cases;
        this.readers = readers;
        this.directory = directory;
        this.tasks = tasks;
        this.deadlines = deadlines;
    }

    CasePage search(ActingUser user, String q, String stage, String handler, int page) {
        if (page < 1) {
            throw new InvalidInputException("page", "页码应为从 1 开始的整数。");
        }
        EnforcementCase.Status status = status(stage);
        Specification<EnforcementCase> where = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (q != null && !q.isBlank()) {
                String like = "%" + q.strip().toLowerCase(Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%";
                all.add(cb.or(cb.like(cb.lower(root.get("caseNumber")), like, '\\'), cb.like(cb.lower(root.get("title")), like, '\\'),
                    cb.like(cb.lower(root.get("partyName")), like, '\\')));
            }
            if (status != null) {
                all.add(cb.equal(root.get("status"), status));
            }
            if (handler != null && !handler.isBlank()) {
                all.add(handles(cb, root, handler.strip()));
            }
            if (!readers.readsAll(user)) {
                all.add(handles(cb, root, user.userId()));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        Page<EnforcementCase> found = cases.findAll(where, PageRequest.of(page - 1, PAGE_SIZE,
            Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        return new CasePage(found.getContent().stream().map(this::row).toList(), page, PAGE_SIZE, found.getTotalElements(),
            found.getTotalPages());
    }

    private static Predicate handles(jakarta.persistence.criteria.CriteriaBuilder cb,
                                     jakarta.persistence.criteria.Root<EnforcementCase> root, String userId) {
        // handlers are kept as "a,b": the user is one of them when ",a,b," contains ",user,"
        return cb.like(cb.concat(cb.concat(",", root.get("handlers")), ","), "%," + userId.replace("%", "").replace("_", "\\_") + ",%", '\\');
    }

    private static EnforcementCase.Status status(String stage) {
        if (stage == null || stage.isBlank()) {
            return null;
        }
        for (EnforcementCase.Status status : EnforcementCase.Status.values()) {
            if (status.name().equalsIgnoreCase(stage.strip()) || STAGES.get(status).equals(stage.strip())) {
                return status;
            }
        }
        throw new InvalidInputException("stage", "阶段无效：可选 办理中、已作出决定、已结案、已归档。");
    }

    CaseRow row(EnforcementCase c) {
        List<Task> open = openTasks(c.getCaseNumber());
        Instant now = ClockUtil.getCurrentTime().toInstant();
        List<Deadline> upcoming = new ArrayList<>();
        for (Task task : open) {
            if (task.getDueDate() != null) {
                upcoming.add(new Deadline(task.getName(), task.getDueDate().toInstant(), task.getDueDate().toInstant().isBefore(now)));
            }
        }
        for (DeadlineRecord record : deadlines.ofCase(c.getCaseNumber())) {
            if (record.getStatus() == DeadlineStatus.OPEN || record.getStatus() == DeadlineStatus.OVERDUE) {
                upcoming.add(new Deadline(record.getDeadlineType().label(), record.getDueAt(),
                    record.getStatus() == DeadlineStatus.OVERDUE || record.getDueAt().isBefore(now)));
            }
        }
        Optional<Deadline> next = upcoming.stream().min(Comparator.comparing(Deadline::dueAt));
        return new CaseRow(c.getCaseNumber(), c.getTitle(), c.getPartyName(), c.getStatus().name(), STAGES.get(c.getStatus()),
            open.stream().map(Task::getName).distinct().toList(), c.handlerIds().stream().map(directory::displayName).toList(),
            next.orElse(null), upcoming.stream().anyMatch(Deadline::overdue));
    }

    /** the case's open tasks, whoever holds them (the caller may read the case: CaseReaders) */
    List<Task> openTasks(String caseNumber) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
            tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).orderByDueDate().asc().listPage(0, 100)));
    }
}
