package org.sanxiang.recording;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.deadline.DeadlineRecord;
import org.sanxiang.deadline.DeadlineRecords;
import org.sanxiang.deadline.DeadlineStatus;
import org.sanxiang.deadline.DeadlineType;
import org.sanxiang.deadline.OverdueMarks;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.notification.MailComposer;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.Notifications;
import org.sanxiang.people.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A mandatory recording's deadline fell due ({@link MissingRecordingJob}): still missing, it is flagged and escalated. */
@Component
class MissingRecordings {

    private static final Logger log = LoggerFactory.getLogger(MissingRecordings.class);

    private final DeadlineRecords deadlines;
    private final OverdueMarks marks;
    private final RecordingRequirements requirements;
    private final Notifications notifications;
    private final CaseRegister cases;

    MissingRecordings(DeadlineRecords deadlines, OverdueMarks marks, RecordingRequirements requirements, Notifications notifications,
                      CaseRegister cases) {
        this.deadlines = deadlines;
        this.marks = marks;
        this.requirements = requirements;
        this.notifications = notifications;
        this.cases = cases;
    }

    void due(String processInstanceId, RecordingActivity activity, String action) {
        DeadlineRecord deadline = deadlines.running(processInstanceId, DeadlineType.RECORDING)
            .filter(d -> d.getStatus() == DeadlineStatus.OPEN).orElse(null);
        if (deadline == null || requirements.recorded(deadline.getCaseNumber(), activity, action)) {
            return;
        }
        String caseNumber = deadline.getCaseNumber();
        deadlines.overdue(processInstanceId, DeadlineType.RECORDING, ClockUtil.getCurrentTime().toInstant());
        marks.refresh(caseNumber);
        Date due = Date.from(deadline.getDueAt());
        String name = activity.name(action);
        int mails = notifications.aboutCase(NotificationKind.ESCALATION, caseNumber, processInstanceId, DeadlineType.RECORDING.label(), due,
            "本案“" + name + "”应全程音像记录，音像记录应于 " + MailComposer.time(due) + " 前存储到案卷，至今缺失，已标记为缺失，请承办人立即上传、机关负责人督办。",
            cases.get(caseNumber).handlerIds(), List.of(Groups.LEADER));
        log.info("Case {}: the mandatory recording of {} is missing 24 hours after its activity; {} mails", caseNumber, name, mails);
    }
}
