package org.sanxiang.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.majorFacts;
import static org.sanxiang.CaseFixture.vars;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.sanxiang.Administrators;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.people.Credentials;
import org.sanxiang.casefile.CaseFiles;
import org.sanxiang.casefile.FileType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Malformed and hostile input to every REST endpoint of the project and to the completion of
 * every user task: wrong types, huge strings, unknown enum values, script and HTML, SQL
 * metacharacters, serialized Java objects, other users' task ids. Each is answered with a 4xx
 * and a message saying why, never a 5xx, and changes nothing: every case, task, variable, record,
 * credential and user is exactly as before.
 * <p>
 * Script and HTML in a free-text field, with otherwise valid input, are legitimate text: they are
 * stored as typed and shown escaped (see {@code OpinionPrintIT}); here they are sent together with
 * a mistake that must be refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputRestIT {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HUGE = "字".repeat(100_000);
    static final String SCRIPT = "<script>alert(document.cookie)</script><img src=x onerror=alert(1)>";
    static final String SQL = "' OR '1'='1'; DROP TABLE enforcement_case; --";
    static final List<String> ALL_MATERIALS = List.of("DRAFT_DECISION", "DOCUMENTS", "EVIDENCE", "PARTY_STATEMENT", "PROCESS_RECORD");

    @Autowired
    TestRestTemplate template;
    @Autowired
    ProcessEngine engine;
    @Autowired
    Credentials credentials;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseFiles files;

    CaseFixture fixture;
    /** an open, claimed task of each key: key -> {case number, task id, holder} */
    final Map<String, String[]> tasks = new LinkedHashMap<>();
    String anyCase;
    Long opinionId;

    /** one task of the contract and how it can be attacked */
    record TaskAttack(String key, String textField, String choiceField, String missingField, String outsider) {
    }

    static final List<TaskAttack> TASKS = List.of(
        new TaskAttack("investigate", "investigationSummary", null, "evidenceList", "handler3"),
        new TaskAttack("draft-decision", "decisionDraft", "category", "legalBasis", "reviewer1"),
        new TaskAttack("notify-party", "partyStatement", null, "statementAnswer", "handler3"),
        new TaskAttack("submit-materials", "submissionNote", "materials", "submissionNote", "reviewer1"),
        new TaskAttack("accept-submission", "missingMaterials", null, "materialsComplete", "handler1"),
        new TaskAttack("supplement-materials", "submissionNote", "materials", "submissionNote", "handler3"),
        new TaskAttack("review-decision", "opinionText", "opinion", "opinion", "handler1"),
        new TaskAttack("answer-opinion", "responseText", "response", "responseText", "reviewer1"),
        new TaskAttack("negotiate", "negotiationNote", "negotiationResult", "negotiationNote", "handler1"),
        new TaskAttack("collective-discussion", "minutes", "resolution", "attendees", "reviewer1"),
        new TaskAttack("leader-decision", "leaderOpinion", "leaderDecision", "leaderOpinion", "handler1"),
        new TaskAttack("serve-decision", "serviceNote", "serviceMethod", "serviceNote", "handler3"),
        new TaskAttack("execute-decision", "executionResult", null, "executionResult", "leader1"),
        new TaskAttack("archive-case", "archiveNumber", null, "archiveNumber", "handler1"),
        new TaskAttack("transfer-judicial", "transferNote", null, "transferNote", "reviewer1"),
        // the deadline tasks
        new TaskAttack("approve-extension", "extensionOpinion", "extensionDecision", "extensionOpinion", "reviewer1"),
        new TaskAttack("conclude-seizure", "seizureNote", "seizureOutcome", "seizureNote", "reviewer1"),
        new TaskAttack("request-seizure-extension", "seizureExtensionReason", null, "seizureExtensionReason", "handler3"),
        new TaskAttack("approve-seizure-extension", "seizureExtensionOpinion", "seizureExtensionDecision",
            "seizureExtensionOpinion", "handler1"));

    @BeforeAll
    void casesWaitingAtEveryUserTask() {
        fixture = new CaseFixture(engine);
        IdentityService identity = engine.getIdentityService();
        Administrators.ensure(identity);
        OutsideHandler.ensure(identity, credentials);
        String c = fixture.register(facts());
        hold(c, "investigate", "handler1");
        anyCase = c;
        c = fixture.register(facts());
        fixture.investigate(c);
        hold(c, "draft-decision", "handler1");
        c = fixture.register(facts());
        fixture.investigate(c);
        fixture.draft(c, Map.of());
        hold(c, "notify-party", "handler2");

        c = fixture.caseUpToReview(majorFacts());
        hold(c, "submit-materials", "handler1");
        c = atAcceptance();
        hold(c, "accept-submission", "reviewer1");
        c = atAcceptance();
        fixture.complete(c, "accept-submission", "reviewer1", vars("materialsComplete", false, "missingMaterials", "缺少检验报告原件。"));
        hold(c, "supplement-materials", "handler1");
        c = atReview();
        hold(c, "review-decision", "reviewer1");
        c = atReview();
        fixture.problems(c);
        opinionId = jdbc.queryForObject("SELECT id FROM review_opinion WHERE case_number = ?", Long.class, c);
        hold(c, "answer-opinion", "handler1");
        c = atReview();
        fixture.problems(c);
        fixture.complete(c, "answer-opinion", "handler1", vars("response", "DISPUTE", "responseText", "有异议。"));
        hold(c, "negotiate", "reviewer1");
        c = atReview();
        fixture.problems(c);
        fixture.complete(c, "answer-opinion", "handler1", vars("response", "DISPUTE", "responseText", "有异议。"));
        fixture.complete(c, "negotiate", "reviewer1", vars("negotiationResult", "NO_AGREEMENT", "negotiationNote", "未达成一致。"));
        hold(c, "collective-discussion", "leader1");
        c = atReview();
        fixture.approve(c);
        hold(c, "leader-decision", "leader1");
        c = decided();
        hold(c, "serve-decision", "handler1");
        c = decided();
        fixture.complete(c, "serve-decision", "handler1", vars("serviceMethod", "DIRECT", "serviceNote", "直接送达。"));
        hold(c, "execute-decision", "handler1");
        c = decided();
        fixture.complete(c, "serve-decision", "handler1", vars("serviceMethod", "DIRECT", "serviceNote", "直接送达。"));
        fixture.complete(c, "execute-decision", "handler1", vars("executionResult", "已缴纳罚款。"));
        hold(c, "archive-case", "archivist1");
        c = atReview();
        fixture.complete(c, "review-decision", "reviewer1", vars("opinion", "PROBLEMS", "passedChecks", "SUBJECT",
            "opinionText", "涉嫌生产销售伪劣产品罪。", "referToJudicial", true));
        hold(c, "transfer-judicial", "leader1");

        c = atReview();
        fixture.complete(c, "review-decision", "reviewer1", vars("requestExtension", true, "extensionReason", "案情复杂，需调取补充证据。"));
        hold(c, "approve-extension", "leader1");
        c = seized();
        hold(c, "conclude-seizure", "handler1");
        hold(c, "request-seizure-extension", "handler1");
        c = seized();
        fixture.complete(c, "request-seizure-extension", "handler1", vars("seizureExtensionReason", "涉案产品需送检。"));
        hold(c, "approve-seizure-extension", "leader1");
    }

    /** a seizure (查封) decided, served and executed: its 30 days run */
    String seized() {
        String c = fixture.caseUpToReview(CaseFixture.with(facts(), "category", "COERCION", "action", "SEIZURE", "amount", 10000));
        fixture.decide(c);
        fixture.complete(c, "serve-decision", "handler1", vars("serviceMethod", "DIRECT", "serviceNote", "当场送达查封决定书。"));
        String seizure = c;
        fixture.as("handler1", () -> files.add(new CaseFiles.Upload(seizure, FileType.AV_RECORDING, "查封现场.mp4", "video/mp4", "查封扣押",
            System.currentTimeMillis(), null), new java.io.ByteArrayInputStream("查封现场全程录像".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        fixture.complete(c, "execute-decision", "handler1", vars("executionResult", "已查封涉案产品200件。"));
        return c;
    }

    String atAcceptance() {
        String c = fixture.caseUpToReview(majorFacts());
        fixture.submit(c);
        return c;
    }

    String decided() {
        String c = atReview();
        fixture.approve(c);
        fixture.decide(c);
        return c;
    }

    String atReview() {
        String c = atAcceptance();
        fixture.accept(c);
        return c;
    }

    /** claims the open task for its holder, so that only the attacks below could change it */
    void hold(String caseNumber, String key, String holder) {
        Task task = fixture.task(caseNumber, key);
        fixture.as(holder, () -> engine.getTaskService().claim(task.getId(), holder));
        tasks.put(key, new String[] {caseNumber, task.getId(), holder});
        // the attacks must reach this engine: a refusal because the REST API sees another one proves nothing
        assertThat(as(holder).getForEntity("/engine-rest/task/" + task.getId(), String.class).getStatusCode().value())
            .as("the REST API sees task %s of this test's engine", key).isEqualTo(200);
    }

    // ---- the attacks

    record Attack(String name, String user, HttpMethod method, String path, Object body, MediaType type) {
    }

    @TestFactory
    Stream<DynamicTest> everyAttackIsRefusedWithA4xxAndAReasonAndChangesNothing() {
        List<Attack> attacks = new ArrayList<>();
        taskCompletions(attacks);
        engineRest(attacks);
        applicationApi(attacks);
        return attacks.stream().map(attack -> DynamicTest.dynamicTest(attack.name(), () -> refusedWithoutChange(attack)));
    }

    @TestFactory
    Stream<DynamicTest> sqlInQueryFiltersFindsNothingAndBreaksNothing() {
        List<String> paths = List.of(
            "/engine-rest/task?processInstanceBusinessKey={v}&maxResults=10",
            "/engine-rest/task?nameLike={v}&maxResults=10",
            "/engine-rest/task?processVariables=caseTitle_eq_{v}&maxResults=10",
            "/engine-rest/process-instance?businessKey={v}&maxResults=10",
            "/engine-rest/history/task?processInstanceBusinessKey={v}&maxResults=10",
            "/engine-rest/user?firstNameLike={v}&maxResults=10",
            "/api/deadlines?caseNumber={v}",
            "/api/notifications?caseNumber={v}");
        return paths.stream().map(path -> DynamicTest.dynamicTest(path, () -> {
            String before = snapshot();
            String user = path.startsWith("/api/") ? Administrators.ADMIN : "handler1";
            ResponseEntity<String> response = as(user).getForEntity(path, String.class, SQL);
            assertThat(response.getStatusCode().value()).as(response.getBody()).isLessThan(500);
            if (response.getStatusCode().is2xxSuccessful()) {
                JsonNode found = JSON.readTree(response.getBody());
                assertThat(found.has("content") ? found.path("content") : found).as(path).isEmpty();
            } else {
                assertThat(reason(response)).as(path).isNotBlank();
            }
            assertThat(snapshot()).isEqualTo(before);
        }));
    }

    void taskCompletions(List<Attack> attacks) {
        for (TaskAttack task : TASKS) {
            String[] open = tasks.get(task.key());
            String path = "/engine-rest/task/" + open[1] + "/submit-form";
            String holder = open[2];
            attacks.add(new Attack(task.key() + ": a number where text is expected", holder, HttpMethod.POST, path,
                form(typed(task.textField(), 12345, "Integer")), MediaType.APPLICATION_JSON));
            attacks.add(new Attack(task.key() + ": a huge text", holder, HttpMethod.POST, path,
                form(typed(task.textField(), HUGE, "String")), MediaType.APPLICATION_JSON));
            if (task.choiceField() != null) {
                attacks.add(new Attack(task.key() + ": an unknown choice", holder, HttpMethod.POST, path,
                    form(typed(task.choiceField(), "NOT_A_CHOICE", "String")), MediaType.APPLICATION_JSON));
                attacks.add(new Attack(task.key() + ": SQL as a choice", holder, HttpMethod.POST, path,
                    form(typed(task.choiceField(), SQL, "String")), MediaType.APPLICATION_JSON));
            }
            Map<String, Object> scriptWithMistake = typed(task.textField(), SCRIPT, "String");
            scriptWithMistake.remove(task.missingField());
            if (!task.missingField().equals(task.textField())) {
                scriptWithMistake.put(task.missingField(), Map.of("value", "", "type", "String"));
            } else {
                scriptWithMistake.put(task.textField(), Map.of("value", List.of(SCRIPT), "type", "Object"));
            }
            attacks.add(new Attack(task.key() + ": script and HTML with a required field missing", holder, HttpMethod.POST, path,
                form(scriptWithMistake), MediaType.APPLICATION_JSON));
            attacks.add(new Attack(task.key() + ": a Java-serialized object", holder, HttpMethod.POST, path,
                form(Map.of(task.textField(), Map.of("value", "rO0ABXQABWV2aWwh", "type", "Object", "valueInfo",
                    Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")))),
                MediaType.APPLICATION_JSON));
            attacks.add(new Attack(task.key() + ": malformed JSON", holder, HttpMethod.POST, path,
                form(Map.of(task.textField(), Map.of("value", "[\"unterminated", "type", "Json"))), MediaType.APPLICATION_JSON));
            attacks.add(new Attack(task.key() + ": another user's task", task.outsider(), HttpMethod.POST, path,
                form(Map.of(task.textField(), Map.of("value", "越权办理", "type", "String"))), MediaType.APPLICATION_JSON));
            attacks.add(new Attack(task.key() + ": claimed by another user", task.outsider(), HttpMethod.POST,
                "/engine-rest/task/" + open[1] + "/claim", Map.of("userId", task.outsider()), MediaType.APPLICATION_JSON));
            attacks.add(new Attack(task.key() + ": reassigned by its holder", holder, HttpMethod.POST,
                "/engine-rest/task/" + open[1] + "/assignee", Map.of("userId", task.outsider()), MediaType.APPLICATION_JSON));
            attacks.add(new Attack(task.key() + ": a variable changed on the task", holder, HttpMethod.PUT,
                "/engine-rest/task/" + open[1] + "/variables/reviewPassed", Map.of("value", true, "type", "Boolean"), MediaType.APPLICATION_JSON));
            attacks.add(new Attack(task.key() + ": completed by an outsider with /complete", task.outsider(), HttpMethod.POST,
                "/engine-rest/task/" + open[1] + "/complete", form(Map.of()), MediaType.APPLICATION_JSON));
        }
    }

    void engineRest(List<Attack> attacks) {
        String start = "/engine-rest/process-definition/key/enforcement-case/start";
        String submit = "/engine-rest/process-definition/key/enforcement-case/submit-form";
        attacks.add(new Attack("start: amount as text", "handler1", HttpMethod.POST, start,
            form(caseFacts("amount", Map.of("value", "五千元", "type", "String"))), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("start: unknown category", "handler1", HttpMethod.POST, start,
            form(caseFacts("category", Map.of("value", "TAXATION", "type", "String"))), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("start: huge title", "handler1", HttpMethod.POST, submit,
            form(caseFacts("caseTitle", Map.of("value", HUGE, "type", "String"))), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("start: script as handler", "handler1", HttpMethod.POST, submit,
            form(caseFacts("handlers", Map.of("value", "handler1," + SCRIPT, "type", "String"))), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("start: SQL as business key", "handler1", HttpMethod.POST, start,
            Map.of("businessKey", SQL, "variables", caseFacts("caseTitle", Map.of("value", "案", "type", "String"))), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("start: a handler without certificate", "handler1", HttpMethod.POST, submit,
            form(caseFacts("handlers", Map.of("value", "handler1,reviewer1", "type", "String"))), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("start: variables not an object", "handler1", HttpMethod.POST, start,
            Map.of("variables", List.of(1, 2, 3)), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("start: not JSON", "handler1", HttpMethod.POST, start, "{not json", MediaType.APPLICATION_JSON));
        attacks.add(new Attack("start: unknown variable type", "handler1", HttpMethod.POST, start,
            form(caseFacts("amount", Map.of("value", 1, "type", "NoSuchType"))), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("start by a reviewer", "reviewer1", HttpMethod.POST, start, form(caseFacts("x", null)), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("task id with SQL", "handler1", HttpMethod.POST, "/engine-rest/task/" + SQL.replace("/", "") + "/complete",
            form(Map.of()), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("task query: sortBy injection", "handler1", HttpMethod.GET,
            "/engine-rest/task?sortBy=name;DROP TABLE ACT_RU_TASK&sortOrder=asc", null, null));
        attacks.add(new Attack("task query: maxResults above the limit", "handler1", HttpMethod.GET, "/engine-rest/task?maxResults=100000", null, null));
        attacks.add(new Attack("task query: no maxResults", "handler1", HttpMethod.GET, "/engine-rest/task", null, null));
        attacks.add(new Attack("task query: maxResults not a number", "handler1", HttpMethod.GET, "/engine-rest/task?maxResults=abc", null, null));
        attacks.add(new Attack("task query: unknown sort order", "handler1", HttpMethod.GET,
            "/engine-rest/task?sortBy=name&sortOrder=sideways&maxResults=10", null, null));
        String caseInstance = fixture.caseInstance(anyCase).getId();
        attacks.add(new Attack("process variable changed by a handler", "handler1", HttpMethod.PUT,
            "/engine-rest/process-instance/" + caseInstance + "/variables/reviewPassed", Map.of("value", true, "type", "Boolean"),
            MediaType.APPLICATION_JSON));
        attacks.add(new Attack("case deleted by a handler", "handler1", HttpMethod.DELETE, "/engine-rest/process-instance/" + caseInstance, null, null));
        attacks.add(new Attack("case modified by a handler", "handler1", HttpMethod.POST, "/engine-rest/process-instance/" + caseInstance + "/modification",
            Map.of("instructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "leader-decision"))), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("case suspended by a leader", "leader1", HttpMethod.PUT, "/engine-rest/process-instance/" + caseInstance + "/suspended",
            Map.of("suspended", true), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("user created by a handler", "handler1", HttpMethod.POST, "/engine-rest/user/create",
            Map.of("profile", Map.of("id", "mallory"), "credentials", Map.of("password", "x1234567890")), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("membership of camunda-admin by a catalog admin", "catalog1", HttpMethod.PUT,
            "/engine-rest/group/camunda-admin/members/catalog1", null, null));
        attacks.add(new Attack("authorization created by a leader", "leader1", HttpMethod.POST, "/engine-rest/authorization/create",
            Map.of("type", 1, "permissions", List.of("ALL"), "userId", "leader1", "resourceType", 0, "resourceId", "*"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("a standalone task created by a handler", "handler1", HttpMethod.POST, "/engine-rest/task/create",
            Map.of("id", "mallory-task", "name", SCRIPT), MediaType.APPLICATION_JSON));
    }

    void applicationApi(List<Attack> attacks) {
        attacks.add(new Attack("register: title a number", "handler1", HttpMethod.POST, "/api/cases", caseBody("caseTitle", 42), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: huge title", "handler1", HttpMethod.POST, "/api/cases", caseBody("caseTitle", HUGE), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: unknown tier", "handler1", HttpMethod.POST, "/api/cases", caseBody("tier", "GALAXY"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: script as category", "handler1", HttpMethod.POST, "/api/cases", caseBody("category", SCRIPT), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: amount an object", "handler1", HttpMethod.POST, "/api/cases", caseBody("amount", Map.of("$gt", 0)), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: handlers a number", "handler1", HttpMethod.POST, "/api/cases", caseBody("handlers", 7), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: SQL case number", "handler1", HttpMethod.POST, "/api/cases", caseBody("caseNumber", SQL), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: case number a list", "handler1", HttpMethod.POST, "/api/cases", caseBody("caseNumber", List.of("a")), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: flag not a boolean", "handler1", HttpMethod.POST, "/api/cases", caseBody("complexCase", "perhaps"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: body a list", "handler1", HttpMethod.POST, "/api/cases", List.of(1, 2), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: not JSON", "handler1", HttpMethod.POST, "/api/cases", "caseTitle=x", MediaType.APPLICATION_JSON));
        attacks.add(new Attack("register: text/plain", "handler1", HttpMethod.POST, "/api/cases", "caseTitle", MediaType.TEXT_PLAIN));
        attacks.add(new Attack("register by a reviewer", "reviewer1", HttpMethod.POST, "/api/cases", caseBody("caseTitle", "案"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("read: SQL case number", "handler1", HttpMethod.GET, "/api/cases/" + SQL.replace("/", "").replace(";", ""), null, null));
        attacks.add(new Attack("read: another handler's case", "handler3", HttpMethod.GET, "/api/cases/" + anyCase, null, null));
        attacks.add(new Attack("read: by the catalog admin", "catalog1", HttpMethod.GET, "/api/cases/" + anyCase, null, null));

        String recusals = "/api/cases/" + anyCase + "/recusals";
        attacks.add(new Attack("recusal: for someone else", "reviewer1", HttpMethod.POST, recusals, Map.of("userId", "reviewer2", "reason", "x"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("recusal: by a handler", "handler1", HttpMethod.POST, recusals, Map.of("reason", "x"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("recusal: huge reason", "reviewer1", HttpMethod.POST, recusals, Map.of("reason", HUGE), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("recusal: reason a number", "reviewer1", HttpMethod.POST, recusals, Map.of("reason", 5), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("recusal: no reason", "reviewer1", HttpMethod.POST, recusals, Map.of(), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("recusal: unknown field", "reviewer1", HttpMethod.POST, recusals, Map.of("reason", "x", "approved", true), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("recusal: a handler declared by the admin", Administrators.ADMIN, HttpMethod.POST, recusals, Map.of("userId", "handler1", "reason", "x"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("recusal: script as user", Administrators.ADMIN, HttpMethod.POST, recusals, Map.of("userId", SCRIPT, "reason", "x"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("recusal: unknown case", "reviewer1", HttpMethod.POST, "/api/cases/NO-SUCH-CASE/recusals", Map.of("reason", "x"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("recusal: body a string", "reviewer1", HttpMethod.POST, recusals, "\"x\"", MediaType.APPLICATION_JSON));

        String credential = "/api/people/handler1/credential";
        attacks.add(new Attack("credential: by a leader", "leader1", HttpMethod.PUT, credential, Map.of("legalQualification", true), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: qualification a string", Administrators.ADMIN, HttpMethod.PUT, credential, Map.of("legalQualification", "yes"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: impossible date", Administrators.ADMIN, HttpMethod.PUT, credential,
            Map.of("certificateNumber", "ZJ-1", "certificateExpiry", "2027-13-45"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: date a number", Administrators.ADMIN, HttpMethod.PUT, credential,
            Map.of("certificateNumber", "ZJ-1", "certificateExpiry", 20271231), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: script as number", Administrators.ADMIN, HttpMethod.PUT, credential,
            Map.of("certificateNumber", SCRIPT, "certificateExpiry", "2027-12-31"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: SQL as number", Administrators.ADMIN, HttpMethod.PUT, credential,
            Map.of("certificateNumber", SQL, "certificateExpiry", "2027-12-31"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: huge number", Administrators.ADMIN, HttpMethod.PUT, credential,
            Map.of("certificateNumber", HUGE, "certificateExpiry", "2027-12-31"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: number without expiry", Administrators.ADMIN, HttpMethod.PUT, credential, Map.of("certificateNumber", "ZJ-1"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: unknown field", Administrators.ADMIN, HttpMethod.PUT, credential, Map.of("isAdmin", true), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: unknown user", Administrators.ADMIN, HttpMethod.PUT, "/api/people/nosuchuser/credential", Map.of("legalQualification", true), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: SQL user id", Administrators.ADMIN, HttpMethod.PUT, "/api/people/" + "x' OR '1'='1" + "/credential", Map.of("legalQualification", true), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: body not JSON", Administrators.ADMIN, HttpMethod.PUT, credential, "{", MediaType.APPLICATION_JSON));
        attacks.add(new Attack("credential: someone else's read", "handler2", HttpMethod.GET, credential, null, null));

        attacks.add(new Attack("opinion: SQL id", "handler1", HttpMethod.GET, "/api/opinions/1 OR 1=1/verification", null, null));
        attacks.add(new Attack("opinion: negative id", "handler1", HttpMethod.GET, "/api/opinions/-1/verification", null, null));
        attacks.add(new Attack("opinion: overlong id", "handler1", HttpMethod.GET, "/api/opinions/99999999999999999999999/verification", null, null));
        attacks.add(new Attack("opinion: unknown id", "handler1", HttpMethod.GET, "/api/opinions/987654321", null, null));
        attacks.add(new Attack("opinion: by the catalog admin", "catalog1", HttpMethod.GET, "/api/opinions/" + opinionId + "/verification", null, null));
        attacks.add(new Attack("opinion: deleted", Administrators.ADMIN, HttpMethod.DELETE, "/api/opinions/" + opinionId, null, null));
        attacks.add(new Attack("opinion: changed", Administrators.ADMIN, HttpMethod.PUT, "/api/opinions/" + opinionId, Map.of("opinion", "APPROVED"), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("print: script as id", "handler1", HttpMethod.GET, "/opinions/<script>/print", null, null));
        attacks.add(new Attack("print: another handler's case", "handler3", HttpMethod.GET, "/opinions/" + opinionId + "/print", null, null));

        attacks.add(new Attack("deadlines: read by a handler", "handler1", HttpMethod.GET, "/api/deadlines", null, null));
        attacks.add(new Attack("deadlines: page not a number", Administrators.ADMIN, HttpMethod.GET, "/api/deadlines?page=abc", null, null));
        attacks.add(new Attack("deadlines: huge page size", Administrators.ADMIN, HttpMethod.GET, "/api/deadlines?size=100000", null, null));
        attacks.add(new Attack("deadlines: unknown type", Administrators.ADMIN, HttpMethod.GET, "/api/deadlines?type=" + SCRIPT, null, null));
        attacks.add(new Attack("deadlines: missed not a boolean", Administrators.ADMIN, HttpMethod.GET, "/api/deadlines?missed=perhaps", null, null));
        attacks.add(new Attack("notifications: read by a reviewer", "reviewer1", HttpMethod.GET, "/api/notifications", null, null));
        attacks.add(new Attack("notifications: unknown status", Administrators.ADMIN, HttpMethod.GET, "/api/notifications?status=" + SQL, null, null));
        attacks.add(new Attack("notifications: negative page", Administrators.ADMIN, HttpMethod.GET, "/api/notifications?page=-1", null, null));
        attacks.add(new Attack("calendar: SQL date", "handler1", HttpMethod.GET, "/api/calendar?from=" + SQL + "&to=2026-01-31", null, null));
        attacks.add(new Attack("calendar: huge days", "handler1", HttpMethod.GET, "/api/calendar/add-working-days?from=2026-01-01&days=99999999999", null, null));
        attacks.add(new Attack("calendar: script year", "handler1", HttpMethod.GET, "/api/calendar/years/<script>", null, null));
        attacks.add(new Attack("calendar: year written by a handler", "handler1", HttpMethod.PUT, "/api/calendar/years/2031",
            Map.of("holidays", List.of()), MediaType.APPLICATION_JSON));
        attacks.add(new Attack("calendar: bad schedule by the admin", Administrators.ADMIN, HttpMethod.PUT, "/api/calendar/years/2031",
            Map.of("holidays", List.of(Map.of("date", SQL, "name", SCRIPT))), MediaType.APPLICATION_JSON));
    }

    // ---- checking

    void refusedWithoutChange(Attack attack) throws Exception {
        String before = snapshot();
        HttpHeaders headers = new HttpHeaders();
        if (attack.type() != null) {
            headers.setContentType(attack.type());
        }
        Object body = attack.body() instanceof String s ? s : attack.body() == null ? null : JSON.writeValueAsString(attack.body());
        ResponseEntity<String> response = as(attack.user()).exchange(attack.path(), attack.method(), new HttpEntity<>(body, headers), String.class);

        assertThat(response.getStatusCode().value()).as("%s -> %s", attack.name(), response.getBody()).isBetween(400, 499);
        assertThat(reason(response)).as("%s: a reason -> %s", attack.name(), response.getBody()).isNotBlank();
        assertThat(snapshot()).as(attack.name()).isEqualTo(before);
    }

    /** the reason a refusal gives: {@code error} (the application), {@code message} (Camunda) or the page's message */
    static String reason(ResponseEntity<String> response) {
        String body = response.getBody();
        if (body == null) {
            return "";
        }
        try {
            JsonNode json = JSON.readTree(body);
            return json.path("error").asText(json.path("message").asText(""));
        } catch (Exception e) {
            return body.contains("id=\"message\"") ? body : "";
        }
    }

    /** everything an attack could change: cases, review records, credentials, recusals, tasks, variables, users, deployments */
    String snapshot() {
        StringBuilder state = new StringBuilder();
        for (String query : List.of(
            "SELECT * FROM enforcement_case ORDER BY id",
            "SELECT COUNT(*) FROM review_submission", "SELECT COUNT(*) FROM review_acceptance", "SELECT * FROM review_opinion ORDER BY id",
            "SELECT COUNT(*) FROM review_answer", "SELECT COUNT(*) FROM review_negotiation", "SELECT COUNT(*) FROM review_collective_discussion",
            "SELECT COUNT(*) FROM review_conclusion", "SELECT * FROM staff_credential ORDER BY user_id", "SELECT * FROM case_recusal ORDER BY id",
            "SELECT ID_, ASSIGNEE_, TASK_DEF_KEY_, SUSPENSION_STATE_ FROM ACT_RU_TASK ORDER BY ID_",
            "SELECT ID_, ACT_ID_, SUSPENSION_STATE_ FROM ACT_RU_EXECUTION ORDER BY ID_",
            "SELECT ID_, NAME_, TYPE_, TEXT_, LONG_, DOUBLE_ FROM ACT_RU_VARIABLE ORDER BY ID_",
            "SELECT ID_ FROM ACT_ID_USER ORDER BY ID_", "SELECT USER_ID_, GROUP_ID_ FROM ACT_ID_MEMBERSHIP ORDER BY USER_ID_, GROUP_ID_",
            "SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION", "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT", "SELECT COUNT(*) FROM working_calendar_year")) {
            state.append(query).append(" => ").append(jdbc.queryForList(query)).append('\n');
        }
        return state.toString();
    }

    TestRestTemplate as(String user) {
        return template.withBasicAuth(user, "demo");
    }

    static Map<String, Object> form(Map<String, Object> variables) {
        return Map.of("variables", variables);
    }

    static Map<String, Object> typed(String name, Object value, String type) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(name, Map.of("value", value, "type", type));
        return variables;
    }

    static Map<String, Object> caseFacts(String name, Object typedValue) {
        Map<String, Object> variables = new LinkedHashMap<>();
        facts().forEach((key, value) -> variables.put(key, Map.of("value", value)));
        if (typedValue != null) {
            variables.put(name, typedValue);
        }
        return variables;
    }

    static Map<String, Object> caseBody(String name, Object value) {
        Map<String, Object> body = new LinkedHashMap<>(facts());
        body.put(name, value);
        return body;
    }
}
