package org.sanxiang.recording;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.catalog.Category;

/**
 * The activities (执法环节) of the DMN {@code recording-requirement}, and which user task of
 * {@code enforcement-case} is which: 调查取证 (现场检查 in an inspection case), 听证 (when
 * 事先告知 records a hearing held), 送达 by its method (留置送达, 公告送达), 执行. A recording belongs
 * to an activity when the case file names one of the activity's names as its 执法环节.
 */
enum RecordingActivity {
    INSPECTION("现场检查"),
    INVESTIGATION("调查取证"),
    HEARING("听证"),
    SERVICE_BY_LEAVING("留置送达"),
    SERVICE_BY_NOTICE("公告送达"),
    SERVICE("送达"),
    EXECUTION("执行");

    /** how the recording of an execution is named after the act executed */
    private static final Map<String, String> EXECUTED = Map.of("SEIZURE", "查封扣押", "DEMOLITION", "强制拆除",
        "ENFORCEMENT", "强制执行", "SUSPENSION", "责令停产停业");

    private final String label;

    RecordingActivity(String label) {
        this.label = label;
    }

    /** the activity's name as a recording's 执法环节 should say it (e.g. 查封扣押 for the execution of a seizure) */
    String name(String action) {
        return this == EXECUTION && action != null && EXECUTED.containsKey(action) ? EXECUTED.get(action) : label;
    }

    /** the names a recording of this activity may carry */
    List<String> names(String action) {
        return name(action).equals(label) ? List.of(label) : List.of(name(action), label);
    }

    /** whether a recording named so belongs to an activity whose task may open a recording's deadline (one known at creation) */
    static boolean opensDeadline(String name, String action) {
        return List.of(INSPECTION, INVESTIGATION, EXECUTION).stream().anyMatch(a -> a.names(action).contains(name));
    }

    /** the activity of a task whose activity is known when it is created */
    static Optional<RecordingActivity> atCreation(String taskKey, String category) {
        return switch (taskKey) {
            case TASK_INVESTIGATE -> Optional.of(Category.INSPECTION.name().equals(category) ? INSPECTION : INVESTIGATION);
            case TASK_EXECUTE_DECISION -> Optional.of(EXECUTION);
            default -> Optional.empty();
        };
    }

    /** the activity of a task when it is completed, read from what was submitted */
    static Optional<RecordingActivity> atCompletion(String taskKey, String category, Map<String, Object> values) {
        return switch (taskKey) {
            case TASK_NOTIFY_PARTY -> Boolean.TRUE.equals(values.get(HEARING_HELD)) ? Optional.of(HEARING) : Optional.empty();
            case TASK_SERVE_DECISION -> Optional.of(switch (String.valueOf(values.get(SERVICE_METHOD))) {
                case "LEFT" -> SERVICE_BY_LEAVING;
                case "PUBLIC_NOTICE" -> SERVICE_BY_NOTICE;
                default -> SERVICE;
            });
            default -> atCreation(taskKey, category);
        };
    }
}
