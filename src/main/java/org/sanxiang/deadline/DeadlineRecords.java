package org.sanxiang.deadline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Opens, moves and closes the records of deadlines. */
@Component
public class DeadlineRecords {

    private static final List<DeadlineStatus> RUNNING = List.of(DeadlineStatus.OPEN, DeadlineStatus.OVERDUE);

    private final DeadlineRecordRepository repository;

    public DeadlineRecords(DeadlineRecordRepository repository) {
        this.repository = repository;
    }

    public DeadlineRecord open(String caseNumber, DeadlineType type, String processInstanceId, Instant startedAt, Instant dueAt) {
        return repository.save(new DeadlineRecord(caseNumber, type, processInstanceId, startedAt, dueAt));
    }

    /** the deadline of this type that runs in the process instance, if any */
    public Optional<DeadlineRecord> running(String processInstanceId, DeadlineType type) {
        return repository.findFirstByProcessInstanceIdAndDeadlineTypeAndStatusInOrderByIdDesc(processInstanceId, type, RUNNING);
    }

    public DeadlineRecord save(DeadlineRecord record) {
        return repository.save(record);
    }

    /** marks the running deadline overdue; returns it, or empty if none runs */
    public Optional<DeadlineRecord> overdue(String processInstanceId, DeadlineType type, Instant at) {
        return running(processInstanceId, type).filter(r -> r.getStatus() == DeadlineStatus.OPEN).map(r -> {
            r.overdue(at);
            return repository.save(r);
        });
    }

    /** closes the running deadline as met or missed; returns it, or empty if none runs */
    public Optional<DeadlineRecord> completed(String processInstanceId, DeadlineType type, Instant at) {
        return running(processInstanceId, type).map(r -> {
            r.completed(at);
            return repository.save(r);
        });
    }

    /** the deadlines of the case that are overdue now */
    public List<DeadlineRecord> overdueOf(String caseNumber) {
        return repository.findByCaseNumberAndStatusOrderById(caseNumber, DeadlineStatus.OVERDUE);
    }

    public List<DeadlineRecord> ofCase(String caseNumber) {
        return repository.findByCaseNumberOrderById(caseNumber);
    }
}
