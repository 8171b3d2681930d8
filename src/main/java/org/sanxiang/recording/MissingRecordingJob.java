package org.sanxiang.recording;

import java.util.List;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine's job, due 24 hours after a task whose activity needs a mandatory recording appeared:
 * if the recording's deadline still runs unmet, it is marked missing (overdue) and the handlers and
 * the leaders are mailed ({@link MissingRecordings}). Its configuration names the process instance,
 * the activity and the case's action.
 */
class MissingRecordingJob implements JobHandler<MissingRecordingJob.Configuration> {

    static final String TYPE = "sanxiang-recording-missing";

    private final ObjectProvider<MissingRecordings> missing;

    MissingRecordingJob(ObjectProvider<MissingRecordings> missing) {
        this.missing = missing;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        missing.getObject().due(configuration.processInstanceId(), configuration.activity(), configuration.action());
    }

    @Override
    public Configuration newConfiguration(String canonicalString) {
        List<String> parts = List.of(canonicalString.split("\\|", -1));
        return new Configuration(parts.get(0), RecordingActivity.valueOf(parts.get(1)), parts.get(2).isEmpty() ? null : parts.get(2));
    }

    @Override
    public void onDelete(Configuration configuration, JobEntity jobEntity) {
        // the deadline record stays as it is
    }

    record Configuration(String processInstanceId, RecordingActivity activity, String action) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return processInstanceId + "|" + activity.name() + "|" + (action == null ? "" : action);
        }
    }
}
