package org.sanxiang.deadline;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.stereotype.Component;

/**
 * After a deadline moved: the boundary timers of the subprocess that watches it are armed again,
 * so that their due dates are evaluated anew from the moved deadline. Pending timer jobs are
 * replaced, and a reminder that had already fired for the old due date is armed again for the new
 * one. Runs in the engine command of the process step that moved the deadline.
 */
@Component
public class TimerRearm {

    /**
     * @param execution     an execution inside the subprocess (e.g. of the step that moved the deadline)
     * @param subprocessId  the id of the subprocess the timers are attached to
     * @param timerEventIds the ids of its boundary timer events
     */
    public void rearm(DelegateExecution execution, String subprocessId, List<String> timerEventIds) {
        ExecutionEntity current = (ExecutionEntity) execution;
        ActivityImpl subprocess = current.getProcessDefinition().findActivity(subprocessId);
        ExecutionEntity scopeExecution = (ExecutionEntity) current.findExecutionForFlowScope(subprocess);
        if (scopeExecution == null) {
            throw new IllegalStateException("execution " + current.getId() + " is not inside " + subprocessId);
        }
        List<TimerEntity> timers = Context.getCommandContext().getJobManager().findTimersByExecutionId(scopeExecution.getId());
        for (TimerEntity timer : timers) {
            if (timerEventIds.contains(timer.getActivityId())) {
                timer.delete();
            }
        }
        Map<String, TimerDeclarationImpl> declarations = TimerDeclarationImpl.getDeclarationsForScope(subprocess);
        for (String timerEventId : timerEventIds) {
            TimerDeclarationImpl declaration = declarations.get(timerEventId);
            if (declaration == null) {
                throw new IllegalStateException("no boundary timer " + timerEventId + " on " + subprocessId);
            }
            declaration.createTimer(scopeExecution);
        }
    }
}
