package org.sanxiang.recording;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Registers the job that flags a missing mandatory recording with the engine. */
@Component
class RecordingEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<MissingRecordings> missing;

    RecordingEnginePlugin(ObjectProvider<MissingRecordings> missing) {
        this.missing = missing;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(new MissingRecordingJob(missing));
        configuration.setCustomJobHandlers(handlers);
    }
}
