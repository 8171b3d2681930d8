/**
 * Audio/video recording as the rules demand it (docs/domain.md, "Full-process record"): the user
 * tasks whose activity the DMN {@code recording-requirement} names ({@link org.sanxiang.recording.RecordingActivity})
 * are evaluated when they are created and when they are completed (every evaluation stays in the
 * engine's history and the case's record). A task whose activity needs a {@code MANDATORY}
 * recording is refused without one in the case file; its deadline (a
 * {@code DeadlineRecord} of type {@code RECORDING}, 24 hours after the activity) is met or missed
 * when the recording is uploaded, and an engine job marks it missing at the due time and mails
 * the case's handlers and the leaders. A recording uploaded more than 24 hours after its activity
 * is flagged late whatever the activity.
 *
 * <p>Module {@code recording}; it may use: {@code casefile}, {@code record}, {@code deadline}, {@code notification}, {@code enforcement}, {@code catalog}, {@code tasks}, {@code people}, {@code refusal}.
 */
@ApplicationModule(allowedDependencies = {"casefile", "record", "deadline", "notification", "enforcement", "catalog", "tasks", "people", "refusal"})
package org.sanxiang.recording;

import org.springframework.modulith.ApplicationModule;
