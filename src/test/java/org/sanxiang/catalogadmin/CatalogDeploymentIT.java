package org.sanxiang.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.catalog.MajorDecision;
import org.sanxiang.deployment.ResourceDeployer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Deploying and rolling back the catalog over the REST API: only catalog administrators (403 for
 * others, in Chinese); the next case uses the new version while a case already decided keeps its
 * result; the public catalog shows the version in force at once; every deployment recorded; the
 * application's own deployment at the next start does not overwrite the administrators' catalog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class CatalogDeploymentIT {

    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repository;
    @Autowired
    ResourceDeployer deployer;

    @Test
    void aRaisedThresholdIsDeployedUsedByTheNextCaseRecordedPublishedKeptAtRestartAndRolledBack() {
        CaseFixture fixture = new CaseFixture(engine);
        String raised = Drafts.countyFineThreshold(Drafts.shipped(), 8000);

        ResponseEntity<Map<String, Object>> outsider = post("handler1", "/api/catalog/drafts", raised, MediaType.APPLICATION_XML);
        assertThat(outsider.getStatusCode().value()).isEqualTo(403);
        assertThat((String) outsider.getBody().get("error")).contains("只有目录规则管理员和系统管理员可以管理目录清单");
        assertThat(rest.withBasicAuth("handler1", "demo").getForEntity("/api/catalog", String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(rest.withBasicAuth("handler1", "demo").getForEntity("/catalog", String.class).getStatusCode().value()).isEqualTo(403);

        String decidedBefore = fixture.caseUpToReview(CatalogReplayTest.person("COUNTY", 6000));
        assertThat(reviewLevel(decidedBefore)).isEqualTo("MAJOR");
        String waiting = fixture.register(CatalogReplayTest.person("COUNTY", 6000));
        fixture.investigate(waiting);
        fixture.draft(waiting, Map.of());

        ResponseEntity<Map<String, Object>> upload = post("catalog1", "/api/catalog/drafts", raised, MediaType.APPLICATION_XML);
        assertThat(upload.getStatusCode().value()).as("%s", upload.getBody()).isEqualTo(200);
        Map<String, Object> report = upload.getBody();
        assertThat(report.get("valid")).isEqualTo(true);
        assertThat((List<Map<String, Object>>) report.get("changes")).extracting(c -> c.get("ruleId")).containsExactly("catalog-row-1-county");
        Map<String, Object> whatIf = (Map<String, Object>) report.get("whatIf");
        assertThat((List<Map<String, Object>>) whatIf.get("cases")).extracting(c -> c.get("caseNumber")).contains(decidedBefore, waiting);
        long draftId = ((Number) report.get("id")).longValue();

        assertThat(post("handler1", "/api/catalog/drafts/" + draftId + "/deploy", Map.of("reason", "试图部署"), MediaType.APPLICATION_JSON)
            .getStatusCode().value()).isEqualTo(403);
        ResponseEntity<Map<String, Object>> noReason = post("catalog1", "/api/catalog/drafts/" + draftId + "/deploy", Map.of("reason", " "),
            MediaType.APPLICATION_JSON);
        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getBody()).containsEntry("field", "理由");
        ResponseEntity<Map<String, Object>> deployed = post("catalog1", "/api/catalog/drafts/" + draftId + "/deploy",
            Map.of("reason", "依据省政府新规定，县级罚款门槛提高到8000元"), MediaType.APPLICATION_JSON);
        assertThat(deployed.getStatusCode().value()).as("%s", deployed.getBody()).isEqualTo(200);
        assertThat(deployed.getBody()).containsEntry("version", 2).containsEntry("madeBy", "catalog1").containsEntry("kind", "部署")
            .containsEntry("sha256", report.get("sha256"));

        fixture.notifyParty(waiting);
        assertThat(reviewLevel(waiting)).isEqualTo("GENERAL");
        assertThat(reviewLevel(decidedBefore)).isEqualTo("MAJOR");
        assertThat(fixture.reviewInstance(decidedBefore)).isNotNull();

        Map<String, Object> published = rest.getForObject("/api/public/catalog", Map.class);
        assertThat(published).containsEntry("version", 2);
        assertThat(((List<Map<String, Object>>) published.get("items")).get(0)).containsEntry("condition", "罚款数额 ≥ 8,000 元（县级、乡镇）");
        assertThat((List<Map<String, Object>>) published.get("changesFromPrevious")).extracting(c -> c.get("ruleId"))
            .containsExactly("catalog-row-1-county");
        assertThat(published.toString()).doesNotContain("catalog1");

        List<Map<String, Object>> diff = rest.withBasicAuth("catalog1", "demo")
            .exchange("/api/catalog/versions/1/diff?to=2", HttpMethod.GET, null, LIST).getBody();
        assertThat(diff).extracting(c -> c.get("ruleId")).containsExactly("catalog-row-1-county");

        aChangedApplicationDeploysEverythingButTheAdministeredCatalog();

        ResponseEntity<Map<String, Object>> rollback = post("catalog1", "/api/catalog/versions/1/rollback",
            Map.of("reason", "新规定暂缓施行，恢复原门槛"), MediaType.APPLICATION_JSON);
        assertThat(rollback.getStatusCode().value()).as("%s", rollback.getBody()).isEqualTo(200);
        assertThat(rollback.getBody()).containsEntry("version", 3).containsEntry("kind", "回退").containsEntry("inForce", true);
        assertThat(((List<Map<String, Object>>) rest.getForObject("/api/public/catalog", Map.class).get("items")).get(0))
            .containsEntry("condition", "罚款数额 ≥ 5,000 元（县级、乡镇）");
        List<Map<String, Object>> versions = rest.withBasicAuth("catalog1", "demo").exchange("/api/catalog/versions", HttpMethod.GET, null, LIST).getBody();
        assertThat(versions).extracting(v -> v.get("version"), v -> v.get("kind"), v -> v.get("reason")).containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "回退", "新规定暂缓施行，恢复原门槛"),
            org.assertj.core.groups.Tuple.tuple(2, "部署", "依据省政府新规定，县级罚款门槛提高到8000元"),
            org.assertj.core.groups.Tuple.tuple(1, "系统发布", ""));
        String after = fixture.caseUpToReview(CatalogReplayTest.person("COUNTY", 6000));
        assertThat(reviewLevel(after)).isEqualTo("MAJOR");
    }

    /** the application's resources changed (here: a form) since its last deployment, as after an upgrade */
    void aChangedApplicationDeploysEverythingButTheAdministeredCatalog() {
        repository.createDeployment().name(ResourceDeployer.DEPLOYMENT_NAME).source("sanxiang-workflow")
            .addString("forms/register-case.form", "{\"components\": []}").deploy();
        List<String> before = repository.createDeploymentQuery().list().stream().map(Deployment::getId).toList();
        deployer.run(null);
        List<Deployment> made = repository.createDeploymentQuery().list().stream().filter(d -> !before.contains(d.getId())).toList();
        assertThat(made).hasSize(1);
        Deployment latest = made.get(0);
        assertThat(latest.getName()).isEqualTo(ResourceDeployer.DEPLOYMENT_NAME);
        List<String> names = repository.getDeploymentResources(latest.getId()).stream().map(Resource::getName).toList();
        assertThat(names).contains("forms/register-case.form", "processes/enforcement-case.bpmn").doesNotContain("dmn/major-decision.dmn");
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey(MajorDecision.DECISION_KEY).latestVersion().singleResult()
            .getVersion()).isEqualTo(2);
    }

    String reviewLevel(String caseNumber) {
        return (String) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(
                engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                    .processDefinitionKey("enforcement-case").singleResult().getId())
            .variableName("reviewLevel").singleResult().getValue();
    }

    ResponseEntity<Map<String, Object>> post(String user, String path, Object body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(type);
        return rest.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), MAP);
    }
}
