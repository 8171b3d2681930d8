package org.sanxiang.recording;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.sanxiang.casefile.CaseFileAdded;
import org.sanxiang.casefile.CaseFileEntry;
import org.sanxiang.casefile.FileType;
import org.sanxiang.deadline.DeadlineRecord;
import org.sanxiang.deadline.DeadlineRecords;
import org.sanxiang.deadline.DeadlineType;
import org.sanxiang.deadline.OverdueMarks;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.EnforcementCase;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A recording added to a case file, in the upload's transaction: a recording of an activity whose
 * task opens a deadline (调查取证, 现场检查, 执行) closes the running deadline of a mandatory
 * recording, met or missed against 24 hours after the activity it names; a recording
 * stored later than that without a running deadline is flagged late all the same (a deadline record
 * missed from the start).
 */
@Component
class RecordingUploads {

    private final DeadlineRecords deadlines;
    private final OverdueMarks marks;
    private final CaseRegister cases;

    RecordingUploads(DeadlineRecords deadlines, OverdueMarks marks, CaseRegister cases) {
        this.deadlines = deadlines;
        this.marks = marks;
        this.cases = cases;
    }

    @EventListener
    void added(CaseFileAdded event) {
        CaseFileEntry file = event.file();
        if (file.type() != FileType.AV_RECORDING) {
            return;
        }
        Instant activityAt = Instant.ofEpochMilli(file.activityAt());
        Instant due = activityAt.plus(RecordingRequirements.STORE_WITHIN);
        Instant uploadedAt = Instant.ofEpochMilli(file.uploadedAt());
        Optional<DeadlineRecord> running = deadlines.ofCase(file.caseNumber()).stream()
            .filter(d -> d.getDeadlineType() == DeadlineType.RECORDING && d.getStatus().running())
            .max(Comparator.comparing(DeadlineRecord::getId));
        Optional<EnforcementCase> enforcementCase = cases.find(file.caseNumber());
        if (enforcementCase.isEmpty()) {
            return;
        }
        if (running.isPresent() && RecordingActivity.opensDeadline(file.activity(), enforcementCase.get().getAction())) {
            DeadlineRecord deadline = running.get();
            deadline.activityHappened(activityAt, due);
            deadline.completed(uploadedAt);
            deadlines.save(deadline);
            marks.refresh(file.caseNumber());
        } else if (file.late()) {
            DeadlineRecord deadline = deadlines.open(file.caseNumber(), DeadlineType.RECORDING, enforcementCase.get().getProcessInstanceId(),
                activityAt, due);
            deadline.completed(uploadedAt);
            deadlines.save(deadline);
        }
    }
}
