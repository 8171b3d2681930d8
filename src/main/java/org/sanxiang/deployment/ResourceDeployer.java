package org.sanxiang.deployment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start-up, deploys {@code processes/*.bpmn}, {@code dmn/*.dmn} and {@code forms/*.form} from the
 * classpath as one deployment named {@value #DEPLOYMENT_NAME}, with duplicate filtering: when nothing
 * changed, nothing is deployed; when anything changed, everything is deployed together, because the
 * processes find their forms in their own deployment ({@code formRefBinding="deployment"}).
 * (Camunda's auto-deployment names resources by their absolute
 * location, which differs between a checkout, the fat jar and each machine.) Several nodes starting
 * at once are serialized by the engine's deployment lock.
 * <p>
 * A decision table deployed later under another deployment name (the catalog administrators'
 * deployments, package {@code catalogadmin}) is never overwritten: while the latest deployment of
 * a {@code dmn/*.dmn} resource is not this application's own, that file is left out (one WARN
 * line); the rules in force stay the administrators' until they deploy the shipped file themselves.
 */
@Component
@Order(0)
public class ResourceDeployer implements ApplicationRunner {

    public static final String DEPLOYMENT_NAME = "sanxiang";
    static final List<String> FOLDERS = List.of("processes/*.bpmn", "dmn/*.dmn", "forms/*.form");

    private static final Logger LOG = LoggerFactory.getLogger(ResourceDeployer.class);

    private final RepositoryService repositoryService;
    private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

    public ResourceDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    @Override
    public void run(ApplicationArguments args) {
        DeploymentBuilder deployment = repositoryService.createDeployment()
            .name(DEPLOYMENT_NAME)
            .source("sanxiang-workflow")
            .enableDuplicateFiltering(false);
        int count = 0;
        for (String pattern : FOLDERS) {
            String folder = pattern.substring(0, pattern.indexOf('/') + 1);
            for (Resource resource : resources(pattern)) {
                String name = folder + resource.getFilename();
                if (name.endsWith(".dmn") && deployedElsewhere(name)) {
                    continue;
                }
                try (InputStream in = resource.getInputStream()) {
                    deployment.addInputStream(folder + resource.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + resource, e);
                }
                count++;
            }
        }
        DeploymentWithDefinitions deployed = deployment.deployWithResult();
        LOG.info("{} resources checked; deployment {} ({} process definitions, {} decision definitions new)",
            count, deployed.getId(), size(deployed.getDeployedProcessDefinitions()), size(deployed.getDeployedDecisionDefinitions()));
    }

    /** the latest deployment of the resource was made under another name, e.g. by a catalog administrator */
    private boolean deployedElsewhere(String resourceName) {
        DecisionDefinition latest = repositoryService.createDecisionDefinitionQuery().decisionDefinitionResourceName(resourceName)
            .orderByDecisionDefinitionVersion().desc().listPage(0, 100)
            .stream().max(Comparator.comparing(DecisionDefinition::getVersion)).orElse(null);
        if (latest == null) {
            return false;
        }
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentId(latest.getDeploymentId()).singleResult();
        if (deployment == null || DEPLOYMENT_NAME.equals(deployment.getName())) {
            return false;
        }
        LOG.warn("{} not deployed: version {} of {} in force was deployed as \"{}\" ({}), which the shipped file does not overwrite",
            resourceName, latest.getVersion(), latest.getKey(), deployment.getName(), deployment.getId());
        return true;
    }

    private Resource[] resources(String pattern) {
        try {
            return resolver.getResources("classpath*:" + pattern);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pattern, e);
        }
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }
}
