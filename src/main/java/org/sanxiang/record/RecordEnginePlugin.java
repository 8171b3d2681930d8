package org.sanxiang.record;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Composes the record's history event handler with the engine's default one (which keeps writing
 * Camunda's history tables) and opens one {@link PendingSteps} per command.
 */
@Component
class RecordEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<RecordWriter> writer;

    RecordEnginePlugin(ObjectProvider<RecordWriter> writer) {
        this.writer = writer;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new RecordHistoryHandler());
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(true);
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new PendingSteps.Factory(writer::getObject));
        configuration.setCustomSessionFactories(factories);
    }
}
