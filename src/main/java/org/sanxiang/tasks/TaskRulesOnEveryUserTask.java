package org.sanxiang.tasks;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The one guarded path of every user task: a BPMN parse listener attaches {@link TaskRules} to every
 * user task of every deployed process (events create, assignment and complete), so no BPMN file
 * names it and none can forget it. A user task that no {@link TaskRule} governs fails the deployment
 * with a message naming the task (docs/domain.md, "Stable names").
 */
@Component
public class TaskRulesOnEveryUserTask extends AbstractProcessEnginePlugin {

    static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT,
        TaskListener.EVENTNAME_COMPLETE);

    private final ObjectProvider<TaskRules> rules;

    public TaskRulesOnEveryUserTask(ObjectProvider<TaskRules> rules) {
        this.rules = rules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new Attach());
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private class Attach extends AbstractBpmnParseListener {
        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            String taskKey = activity.getId();
            if (rules.getObject().holder(taskKey).isEmpty()) {
                throw new ProcessEngineException("User task '" + taskKey + "' of process '"
                    + activity.getProcessDefinition().getId() + "' has no task rule: add its id to the taskKeys() of a "
                    + TaskRule.class.getName() + " bean (see README, \"How to add a user task\").");
            }
            TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            TaskListener listener = task -> rules.getObject().notify(task);
            EVENTS.forEach(event -> definition.addTaskListener(event, listener));
        }
    }
}
