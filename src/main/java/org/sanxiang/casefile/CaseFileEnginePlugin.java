package org.sanxiang.casefile;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Registers the job that builds an archived case's package with the engine. */
@Component
class CaseFileEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ArchivePackages> packages;

    CaseFileEnginePlugin(ObjectProvider<ArchivePackages> packages) {
        this.packages = packages;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(new ArchivePackageJob(packages));
        configuration.setCustomJobHandlers(handlers);
    }
}
