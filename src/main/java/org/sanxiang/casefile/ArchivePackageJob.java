package org.sanxiang.casefile;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;

/** The engine's job that builds an archived case's package ({@link ArchivePackages}); retried, with an incident when spent. */
class ArchivePackageJob implements JobHandler<ArchivePackageJob.Configuration> {

    static final String TYPE = "sanxiang-archive-package";

    private final ObjectProvider<ArchivePackages> packages;

    ArchivePackageJob(ObjectProvider<ArchivePackages> packages) {
        this.packages = packages;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        packages.getObject().build(configuration.caseNumber(), configuration.archivedBy());
    }

    @Override
    public Configuration newConfiguration(String canonicalString) {
        int bar = canonicalString.lastIndexOf('|');
        return new Configuration(canonicalString.substring(0, bar), canonicalString.substring(bar + 1));
    }

    @Override
    public void onDelete(Configuration configuration, JobEntity jobEntity) {
        // nothing to clean up: a package is stored only by a job that committed
    }

    record Configuration(String caseNumber, String archivedBy) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return caseNumber + "|" + archivedBy;
        }
    }
}
