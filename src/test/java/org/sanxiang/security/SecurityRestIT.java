package org.sanxiang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.majorFacts;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.Administrators;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineRest;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.people.Credentials;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Authentication everywhere and least privilege, over HTTP as clients meet them: 401 and 403 with
 * a JSON reason, webapp sessions with the CSRF token, the rights of each group, the credential,
 * recusal, ratio and verification endpoints.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class SecurityRestIT {

    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate template;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Credentials credentials;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    CaseFixture fixture;

    @BeforeEach
    void init() {
        fixture = new CaseFixture(engine);
        IdentityService identity = engine.getIdentityService();
        Administrators.ensure(identity);
        OutsideHandler.ensure(identity, credentials);
    }

    TestRestTemplate as(String user) {
        return template.withBasicAuth(user, "demo");
    }

    static JsonNode json(ResponseEntity<String> response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    ResponseEntity<String> send(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? template : as(user);
        return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    // ---- authentication

    @Test
    void anonymousCallsGet401WithAJsonReasonOnEveryProtectedPath() throws Exception {
        for (String path : List.of("/api/cases/X", "/api/people/reviewer-ratio", "/api/opinions/1/verification", "/api/calendar/years",
            "/engine-rest/task", "/engine-rest/engine", "/engine-rest/deployment", "/anything")) {
            ResponseEntity<String> response = template.getForEntity(path, String.class);
            assertThat(response.getStatusCode().value()).as(path).isEqualTo(401);
            assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).as(path).isTrue();
            assertThat(json(response).path("error").asText()).as(path).contains("请先登录");
            assertThat(response.getHeaders().getFirst("WWW-Authenticate")).as(path).startsWith("Basic");
        }
        assertThat(send(null, HttpMethod.POST, "/engine-rest/process-definition/key/enforcement-case/start", Map.of()).getStatusCode().value())
            .isEqualTo(401);
        ResponseEntity<String> page = template.getForEntity("/opinions/1/print", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(401);
        assertThat(json(page).path("error").asText()).contains("请先登录", "/camunda/app/tasklist/");
        assertThat(page.getHeaders().getFirst("WWW-Authenticate")).isNull();
    }

    @Test
    void aScriptInABrowserGets401WithoutBasicChallengeSoNoPasswordDialogBlocksThePage() throws Exception {
        for (Map.Entry<String, String> marker : Map.of("Sec-Fetch-Dest", "empty", "X-Requested-With", "XMLHttpRequest").entrySet()) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(marker.getKey(), marker.getValue());
            ResponseEntity<String> response = template.exchange("/camunda-welcome", HttpMethod.GET, new HttpEntity<>(headers), String.class);
            assertThat(response.getStatusCode().value()).as(marker.getKey()).isEqualTo(401);
            assertThat(json(response).path("error").asText()).as(marker.getKey()).contains("请先登录");
            assertThat(response.getHeaders().getFirst("WWW-Authenticate")).as(marker.getKey()).isNull();
        }
        // a page the user opens himself (a navigation) still gets the challenge
        HttpHeaders navigation = new HttpHeaders();
        navigation.set("Sec-Fetch-Dest", "document");
        ResponseEntity<String> opened = template.exchange("/engine-rest/task", HttpMethod.GET, new HttpEntity<>(navigation), String.class);
        assertThat(opened.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aWrongPasswordGets401SayingSo() throws Exception {
        // (not a real user: a wrong password locks a real one out for a few seconds)
        ResponseEntity<String> response = template.withBasicAuth("nobody", "wrong").getForEntity("/engine-rest/task", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(json(response).path("error").asText()).contains("用户名或密码错误");
        HttpHeaders garbage = new HttpHeaders();
        garbage.set("Authorization", "Basic %%%not-base64");
        assertThat(template.exchange("/api/people/reviewer-ratio", HttpMethod.GET, new HttpEntity<>(garbage), String.class).getStatusCode().value())
            .isEqualTo(401);
    }

    @Test
    void thePublicPathsNeedNoLogin() throws Exception {
        assertThat(template.getForEntity("/api/public/decisions", String.class).getStatusCode().value()).isNotEqualTo(401).isLessThan(500);
        assertThat(template.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode().value()).isEqualTo(200);
        // the login pages name the agency: its name and time zone only, nothing about any user
        ResponseEntity<String> agency = template.getForEntity("/api/public/agency", String.class);
        assertThat(agency.getStatusCode().value()).isEqualTo(200);
        assertThat(json(agency).path("agencyName").asText()).isNotBlank();
        assertThat(json(agency).path("timeZone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(agency.getBody()).doesNotContain("userId", "people", "administrator");
    }

    @Test
    void responsesCarryHstsOutsideTheDemoProfile() {
        ResponseEntity<String> response = as("handler1").getForEntity("/api/people/reviewer-ratio", String.class);
        assertThat(response.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aWebappSessionAuthenticatesTheApiAndItsChangesNeedTheCsrfToken() throws Exception {
        String caseNumber = fixture.register(CaseFixture.facts());
        WebappSession session = new WebappSession(port);
        HttpResponse<String> login = session.login("reviewer2", "demo");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

        HttpResponse<String> read = session.get("/api/people/reviewer-ratio");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(session.get("/engine-rest/task?maxResults=10").statusCode()).isEqualTo(200);

        HttpResponse<String> withoutToken = session.postJson("/api/cases/" + caseNumber + "/recusals", "{\"reason\":\"亲属关系\"}", false);
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(withoutToken.body()).path("error").asText()).contains("CSRF");
        HttpResponse<String> withToken = session.postJson("/api/cases/" + caseNumber + "/recusals", "{\"reason\":\"亲属关系\"}", true);
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);

        assertThat(session.setCookieHeaders()).filteredOn(c -> c.startsWith("JSESSIONID=")).isNotEmpty()
            .allSatisfy(c -> assertThat(c).contains("Secure").containsIgnoringCase("SameSite=Lax").contains("HttpOnly"));
        assertThat(session.setCookieHeaders()).filteredOn(c -> c.startsWith("XSRF-TOKEN=")).isNotEmpty()
            .allSatisfy(c -> assertThat(c).contains("Secure").containsIgnoringCase("SameSite=Strict"));
    }

    @Test
    void theWebappsUnpagedQueriesGetTheLimitAsPageSizeWhileTheRestApiStaysStrict() throws Exception {
        WebappSession session = new WebappSession(port);
        session.login(Administrators.ADMIN, Administrators.PASSWORD);
        // Cockpit's task dashboard lists every group like this
        HttpResponse<String> groups = session.postJson("/camunda/api/engine/engine/default/group", "{}", true);
        assertThat(groups.statusCode()).as(groups.body()).isEqualTo(200);
        assertThat(JSON.readTree(groups.body()).findValuesAsText("id")).contains("handler", "reviewer", "leader", "catalog-admin");
        HttpResponse<String> users = session.get("/camunda/api/engine/engine/default/user");
        assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
        // a page size of its own stays the caller's, and above the limit is still refused
        assertThat(JSON.readTree(session.get("/camunda/api/engine/engine/default/user?maxResults=1").body()).size()).isEqualTo(1);
        assertThat(session.get("/camunda/api/engine/engine/default/user?maxResults=100000").statusCode()).isEqualTo(400);

        ResponseEntity<String> strict = template.withBasicAuth(Administrators.ADMIN, Administrators.PASSWORD)
            .getForEntity("/engine-rest/group", String.class);
        assertThat(strict.getStatusCode().value()).isEqualTo(400);
        assertThat(strict.getBody()).contains("unbound number of results");
    }

    @Test
    void theWebappsKeepTheirCsrfProtection() throws Exception {
        WebappSession session = new WebappSession(port);
        session.login(Administrators.ADMIN, Administrators.PASSWORD);
        HttpResponse<String> response = session.postJson("/camunda/api/admin/auth/user/default/logout", "{}", false);
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aChangeRequestedCrossSiteByABrowserIsRefused() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Sec-Fetch-Site", "cross-site");
        ResponseEntity<String> response = as("handler1").exchange("/api/cases", HttpMethod.POST, new HttpEntity<>(CaseFixture.facts(), headers), String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(403);
        assertThat(json(response).path("error").asText()).contains("跨站");
    }

    // ---- least privilege

    @Test
    void theCatalogAdministratorDeploysFeelDecisionTablesAndNothingElse() throws Exception {
        String key = "security-test-" + System.nanoTime();
        assertThat(deploy("catalog1", key + ".dmn", TestDecisions.dmn(key, "amount", "")).getStatusCode().value()).isEqualTo(200);

        ResponseEntity<String> bpmn = deploy("catalog1", key + ".bpmn", TestDecisions.bpmn("p" + key));
        assertThat(bpmn.getStatusCode().value()).isEqualTo(403);
        assertThat(json(bpmn).path("message").asText()).contains("只能部署 DMN 决策表");

        ResponseEntity<String> juel = deploy("catalog1", key + "-juel.dmn",
            TestDecisions.dmn(key + "juel", "${identityService.createUserQuery().count()}", " expressionLanguage=\"juel\""));
        assertThat(juel.getStatusCode().value()).isEqualTo(403);
        assertThat(json(juel).path("message").asText()).contains("只能使用 FEEL");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("p" + key).count()).isZero();

        ResponseEntity<String> byAdmin = deploy(Administrators.ADMIN, key + "-admin.bpmn", TestDecisions.bpmn("p" + key));
        assertThat(byAdmin.getStatusCode().value()).as(byAdmin.getBody()).isEqualTo(200);
        assertThat(deploy("handler1", key + "-h.dmn", TestDecisions.dmn(key + "h", "amount", "")).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void onlyTheAdministratorManagesUsersAndGroups() {
        for (String user : List.of("handler1", "reviewer1", "leader1", "catalog1")) {
            ResponseEntity<String> created = send(user, HttpMethod.POST, "/engine-rest/user/create",
                Map.of("profile", Map.of("id", "intruder" + user), "credentials", Map.of("password", "x1234567890")));
            assertThat(created.getStatusCode().value()).as(user).isEqualTo(403);
            ResponseEntity<String> group = send(user, HttpMethod.POST, "/engine-rest/group/create", Map.of("id", "g" + user, "name", "x"));
            assertThat(group.getStatusCode().value()).as(user).isEqualTo(403);
            ResponseEntity<String> member = send(user, HttpMethod.PUT, "/engine-rest/group/camunda-admin/members/" + user, null);
            assertThat(member.getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(engine.getIdentityService().createUserQuery().userIdIn("intruderhandler1", "intrudercatalog1").count()).isZero();
    }

    @Test
    void reviewersAndOthersCannotStartCasesButHandlersCan() {
        for (String user : List.of("reviewer1", "leader1", "catalog1", "archivist1")) {
            ResponseEntity<String> started = send(user, HttpMethod.POST, "/engine-rest/process-definition/key/enforcement-case/submit-form",
                EngineRest.variables(CaseFixture.facts()));
            assertThat(started.getStatusCode().value()).as(user).isEqualTo(403);
        }
        assertThat(new EngineRest(template).registerCase("handler1", CaseFixture.facts())).isNotBlank();
    }

    @Test
    void eachGroupSeesItsTasklistFilters() throws Exception {
        assertThat(filters("handler1")).contains("我的待办", "可领取的任务").doesNotContain("法制审核", "负责人决定");
        assertThat(filters("reviewer1")).contains("我的待办", "可领取的任务", "法制审核").doesNotContain("负责人决定");
        assertThat(filters("leader1")).contains("负责人决定").doesNotContain("法制审核");
        assertThat(filters("archivist1")).contains("待归档");
        assertThat(filters("discloser1")).contains("公示任务");
    }

    List<String> filters(String user) throws Exception {
        ResponseEntity<String> response = as(user).getForEntity("/engine-rest/filter?maxResults=100", String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return JSON.readTree(response.getBody()).findValuesAsText("name");
    }

    @Test
    void aHandlerSeesAndWorksOnlyTheTasksOfHisOwnCases() {
        String caseNumber = fixture.register(CaseFixture.facts());
        EngineRest rest = new EngineRest(template);
        assertThat(rest.tasks("handler3", caseNumber)).isEmpty();
        String investigate = rest.taskId("handler1", caseNumber, "investigate");
        ResponseEntity<String> claim = send("handler3", HttpMethod.POST, "/engine-rest/task/" + investigate + "/claim", Map.of("userId", "handler3"));
        assertThat(claim.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> variables = as("handler3").getForEntity("/engine-rest/task/" + investigate + "/variables", String.class);
        assertThat(variables.getStatusCode().value()).isIn(403, 404);
    }

    // ---- credentials, recusals, ratio

    @Test
    void administratorsKeepCredentialsAndOthersCannot() throws Exception {
        ResponseEntity<String> put = send(Administrators.ADMIN, HttpMethod.PUT, "/api/people/handler3/credential",
            Map.of("certificateNumber", "ZJ-3300-0003", "certificateExpiry", "2030-06-30", "legalQualification", false));
        assertThat(put.getStatusCode().value()).as(put.getBody()).isEqualTo(200);
        assertThat(json(put).path("certificateValid").asBoolean()).isTrue();
        assertThat(json(put).path("updatedBy").asText()).isEqualTo(Administrators.ADMIN);

        ResponseEntity<String> own = as("handler3").getForEntity("/api/people/handler3/credential", String.class);
        assertThat(json(own).path("certificateNumber").asText()).isEqualTo("ZJ-3300-0003");
        assertThat(as("handler1").getForEntity("/api/people/handler3/credential", String.class).getStatusCode().value()).isEqualTo(403);

        ResponseEntity<String> notAdmin = send("leader1", HttpMethod.PUT, "/api/people/handler1/credential",
            Map.of("certificateNumber", "X-1", "certificateExpiry", "2099-01-01"));
        assertThat(notAdmin.getStatusCode().value()).isEqualTo(403);
        assertThat(json(notAdmin).path("error").asText()).contains("只有系统管理员");
        ResponseEntity<String> unknown = send(Administrators.ADMIN, HttpMethod.PUT, "/api/people/nobody42/credential", Map.of("legalQualification", true));
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void theReviewerRatioIsReported() throws Exception {
        ResponseEntity<String> response = as("handler1").getForEntity("/api/people/reviewer-ratio", String.class);
        JsonNode ratio = json(response);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(ratio.path("enforcementStaff").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(ratio.path("qualifiedReviewers").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(ratio.path("target").decimalValue()).isEqualByComparingTo("0.05");
        assertThat(ratio.path("summary").asText()).contains("法制审核人员");
    }

    @Test
    void aReviewerDeclaresHisOwnRecusalAndAnAdministratorAnyReviewers() throws Exception {
        String caseNumber = fixture.register(CaseFixture.facts());
        String path = "/api/cases/" + caseNumber + "/recusals";
        assertThat(send("reviewer1", HttpMethod.POST, path, Map.of("reason", "曾代理当事人的民事纠纷。")).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> forOther = send("reviewer1", HttpMethod.POST, path, Map.of("userId", "reviewer2", "reason", "x"));
        assertThat(forOther.getStatusCode().value()).isEqualTo(403);
        assertThat(send("handler1", HttpMethod.POST, path, Map.of("reason", "x")).getStatusCode().value()).isEqualTo(403);
        assertThat(send(Administrators.ADMIN, HttpMethod.POST, path, Map.of("userId", "reviewer2", "reason", "与当事人负责人系同学。")).getStatusCode().value())
            .isEqualTo(201);

        JsonNode list = json(as("handler1").getForEntity(path, String.class));
        assertThat(list.findValuesAsText("userId")).containsExactly("reviewer1", "reviewer2");
        assertThat(list.findValuesAsText("declaredBy")).containsExactly("reviewer1", Administrators.ADMIN);
        assertThat(as("handler3").getForEntity(path, String.class).getStatusCode().value()).isEqualTo(403);
    }

    // ---- signed opinions

    @Test
    void theVerificationEndpointSaysValidThenExactlyWhatWasTamperedWith() throws Exception {
        String caseNumber = fixture.caseUpToReview(majorFacts());
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.problems(caseNumber);
        Long id = jdbc.queryForObject("SELECT id FROM review_opinion WHERE case_number = ?", Long.class, caseNumber);
        String path = "/api/opinions/" + id + "/verification";

        JsonNode valid = json(as("handler1").getForEntity(path, String.class));
        assertThat(valid.path("valid").asBoolean()).isTrue();
        assertThat(valid.path("result").asText()).isEqualTo("有效");
        JsonNode opinion = json(as("reviewer2").getForEntity("/api/opinions/" + id, String.class));
        assertThat(opinion.path("canonicalText").asText()).contains(caseNumber);
        assertThat(opinion.path("signatureAlgorithm").asText()).isEqualTo("SM3withSM2");

        jdbc.update("UPDATE review_opinion SET opinion_text = ? WHERE id = ?", "罚款数额适当。", id);

        JsonNode tampered = json(as("leader1").getForEntity(path, String.class));
        assertThat(tampered.path("valid").asBoolean()).isFalse();
        assertThat(tampered.path("result").asText()).isEqualTo("无效");
        assertThat(tampered.path("problems").findValuesAsText("")).isEmpty();
        assertThat(tampered.path("problems").get(0).asText())
            .isEqualTo("书面审核意见与签名时不一致：签名时为“罚款数额超出裁量基准从轻档的幅度，建议调整为五万元。”，现为“罚款数额适当。”。");

        assertThat(as("catalog1").getForEntity(path, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(as("handler3").getForEntity(path, String.class).getStatusCode().value()).isEqualTo(403);
        assertThat(as("handler1").getForEntity("/api/opinions/99999999/verification", String.class).getStatusCode().value()).isEqualTo(404);
        assertThat(as("handler1").getForEntity("/api/opinions/abc/verification", String.class).getStatusCode().value()).isEqualTo(400);

        ResponseEntity<String> page = as("handler1").getForEntity("/opinions/" + id + "/print", String.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(page.getBody()).contains("法制审核意见书", caseNumber, "无效", "罚款数额适当。");
    }

    @Test
    void thereIsNoApiToChangeOrDeleteAnOpinion() {
        for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.POST)) {
            ResponseEntity<String> response = send(Administrators.ADMIN, method, "/api/opinions/1", Map.of("opinionText", "改"));
            assertThat(response.getStatusCode().value()).as(method.name()).isIn(404, 405);
        }
    }

    ResponseEntity<String> deploy(String user, String fileName, String content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", fileName);
        parts.add("data", new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as(user).exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
    }
}
