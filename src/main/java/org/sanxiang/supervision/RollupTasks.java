package org.sanxiang.supervision;

import java.util.ArrayList;
import java.util.List;

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
 * Keeps the stage of open cases ({@link Figure#STAGE}, their running tasks) in the roll-up: every
 * user task of every process tells {@link RollupListener#touched} the business key (case number) of
 * its process instance when it is created, completed or deleted, in the engine's transaction. The
 * listener is built in, so it also runs when a process instance is deleted skipping custom listeners.
 */
@Component
class RollupTasks extends AbstractProcessEnginePlugin {

    static final List<String> EVENTS = List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_COMPLETE,
        TaskListener.EVENTNAME_DELETE);

    private final ObjectProvider<RollupListener> rollup;

    RollupTasks(ObjectProvider<RollupListener> rollup) {
        this.rollup = rollup;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new Attach());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private class Attach extends AbstractBpmnParseListener {
        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            TaskListener listener = task -> {
                String caseNumber = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
                if (caseNumber != null) {
                    rollup.getObject().touched(caseNumber);
                }
            };
            EVENTS.forEach(event -> definition.addBuiltInTaskListener(event, listener));
        }
    }
}
