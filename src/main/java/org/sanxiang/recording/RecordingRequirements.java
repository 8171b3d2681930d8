package org.sanxiang.recording;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.DecisionEvaluationUtil;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.sanxiang.casefile.CaseFiles;
import org.sanxiang.casefile.FileType;
import org.sanxiang.deadline.DeadlineRecords;
import org.sanxiang.deadline.DeadlineType;
import org.sanxiang.people.ActingUser;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.tasks.TaskObserver;
import org.springframework.stereotype.Component;

/**
 * Evaluates {@code recording-requirement} for the tasks of {@link RecordingActivity}: when such a
 * task is created (activity known then) a {@code MANDATORY} recording's deadline opens, with the
 * job that marks it missing; when it is completed, a {@code MANDATORY} recording must be in the
 * case file, or the completion is refused naming the recording.
 */
@Component
class RecordingRequirements implements TaskObserver {

    static final String DECISION = "recording-requirement";
    static final String MANDATORY = "MANDATORY";
    /** a recording is stored within 24 hours of its activity (docs/domain.md, "Deadlines") */
    static final Duration STORE_WITHIN = Duration.ofHours(24);
    /** the field a refusal names: the recording the case file lacks */
    static final String FIELD = "音像记录";

    private final CaseFiles files;
    private final DeadlineRecords deadlines;

    RecordingRequirements(CaseFiles files, DeadlineRecords deadlines) {
        this.files = files;
        this.deadlines = deadlines;
    }

    @Override
    public void created(DelegateTask task) {
        String category = (String) task.getVariable(CATEGORY);
        Optional<RecordingActivity> activity = RecordingActivity.atCreation(task.getTaskDefinitionKey(), category);
        if (activity.isEmpty() || !MANDATORY.equals(requirement(task, activity.get()))) {
            return;
        }
        String action = (String) task.getVariable(ACTION);
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (recorded(caseNumber, activity.get(), action)) {
            return;
        }
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Instant due = now.plus(STORE_WITHIN);
        deadlines.open(caseNumber, DeadlineType.RECORDING, task.getProcessInstanceId(), now, due);
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(MissingRecordingJob.TYPE);
        job.setJobHandlerConfiguration(new MissingRecordingJob.Configuration(task.getProcessInstanceId(), activity.get(), action));
        job.setProcessInstanceId(task.getProcessInstanceId());
        job.setProcessDefinitionId(task.getProcessDefinitionId());
        job.setDuedate(java.util.Date.from(due));
        Context.getCommandContext().getJobManager().send(job);
    }

    @Override
    public void completing(DelegateTask task, ActingUser user) {
        String category = (String) task.getVariable(CATEGORY);
        Optional<RecordingActivity> activity = RecordingActivity.atCompletion(task.getTaskDefinitionKey(), category, task.getVariables());
        if (activity.isEmpty() || !MANDATORY.equals(requirement(task, activity.get()))) {
            return;
        }
        String action = (String) task.getVariable(ACTION);
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (!recorded(caseNumber, activity.get(), action)) {
            String name = activity.get().name(action);
            throw new InvalidInputException(FIELD, "“" + task.getName() + "”须全程音像记录：案卷中还没有“" + name + "”的音像记录。请先在案件页上传"
                + "（材料类别“音像记录”，执法环节“" + name + "”），再办理。");
        }
    }

    /** whether the case file holds a recording of the activity */
    boolean recorded(String caseNumber, RecordingActivity activity, String action) {
        return files.ofCase(caseNumber).stream()
            .anyMatch(f -> f.type() == FileType.AV_RECORDING && activity.names(action).contains(f.activity()));
    }

    /** evaluates the DMN for the task's case and activity, in the task's execution so that history and the record link it to the case */
    private static String requirement(DelegateTask task, RecordingActivity activity) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put(CATEGORY, task.getVariable(CATEGORY));
        inputs.put(ACTION, task.getVariable(ACTION));
        inputs.put("activity", activity.name());
        DecisionDefinition definition = Context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedLatestDecisionDefinitionByKey(DECISION);
        Context.setExecutionContext((ExecutionEntity) task.getExecution());
        try {
            DmnDecisionResult result = DecisionEvaluationUtil.evaluateDecision(definition, Variables.fromMap(inputs));
            return result.getSingleResult().getEntry("recording");
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("evaluating " + DECISION + " failed", e);
        } finally {
            Context.removeExecutionContext();
        }
    }
}
