package org.sanxiang.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

@EngineTest
class ResourceDeployerTest {

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    ResourceDeployer deployer;

    @Test
    void resourcesAreDeployedUnderStableRelativeNamesTogether() {
        Deployment deployment = repositoryService.createDeploymentQuery().deploymentName(ResourceDeployer.DEPLOYMENT_NAME)
            .orderByDeploymentTime().desc().listPage(0, 1).get(0);
        List<String> names = repositoryService.getDeploymentResources(deployment.getId()).stream().map(Resource::getName).toList();
        assertThat(names).contains("processes/enforcement-case.bpmn", "processes/legal-review.bpmn", "dmn/major-decision.dmn",
            "forms/register-case.form", "forms/review-decision.form");
        assertThat(names).allMatch(name -> name.matches("(processes|dmn|forms)/[a-z-]+\\.(bpmn|dmn|form)"));
    }

    @Test
    void deployingUnchangedResourcesAgainCreatesNoNewDeployment() {
        long deployments = repositoryService.createDeploymentQuery().count();
        long reviewVersions = repositoryService.createProcessDefinitionQuery().processDefinitionKey("legal-review").count();
        deployer.run(null);
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("legal-review").count()).isEqualTo(reviewVersions);
    }
}
