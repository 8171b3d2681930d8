package org.sanxiang.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;

import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineRest;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.people.Credentials;
import org.sanxiang.people.Groups;
import org.sanxiang.signature.AgencyKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The record over REST: read and verified by those with access (each read an entry), refused to others; checkpoints and proofs public. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class RecordRestIT {

    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };
    static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate template;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    AgencyKey key;
    @Autowired
    IdentityService identity;
    @Autowired
    Credentials credentials;

    EngineRest rest;
    String caseNumber;

    @BeforeEach
    void aCaseRegisteredAndInvestigated() {
        rest = new EngineRest(template);
        caseNumber = rest.registerCase("handler1", facts());
        rest.completeOk("handler1", caseNumber, "investigate", vars("investigationSummary", "现场检查发现不合格产品。", "evidenceList", "检查笔录"));
        if (identity.createUserQuery().userId("handler3").count() == 0) {
            User user = identity.newUser("handler3");
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership("handler3", Groups.HANDLER);
            credentials.put("handler3", "TEST-3", Credentials.today().plusYears(1), false, "test");
        }
    }

    @Test
    void aHandlerReadsTheRecordAndTheReadIsItselfAnEntryWithItsPurpose() {
        ResponseEntity<List<Map<String, Object>>> first = get("handler1", "/api/record/" + caseNumber + "?purpose=案件复核", LIST);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody().get(0)).containsEntry("kind", "PROCESS_STARTED").containsEntry("kindName", "流程开始")
            .containsEntry("actor", "handler1").containsEntry("summary", "「行政执法案件」流程开始（立案）").containsKey("details");
        assertThat(first.getBody()).anySatisfy(e -> assertThat(e).containsEntry("kind", "TASK_COMPLETED"));

        List<Map<String, Object>> again = get("leader1", "/api/record/" + caseNumber, LIST).getBody();
        Map<String, Object> retrieval = again.stream().filter(e -> "RETRIEVAL".equals(e.get("kind"))).findFirst().orElseThrow();
        assertThat(retrieval).containsEntry("actor", "handler1").containsEntry("kindName", "调阅");
        assertThat(retrieval.get("details")).isEqualTo(Map.of("what", "全过程记录", "purpose", "案件复核"));
    }

    @Test
    void anotherHandlerOrTheCatalogAdministratorIsRefusedWithoutLearningWhetherTheCaseExists() {
        ResponseEntity<String> outsider = get("handler3", "/api/record/" + caseNumber, String.class);
        ResponseEntity<String> unknown = get("handler3", "/api/record/ZF-1999-999999", String.class);
        ResponseEntity<String> catalog = get("catalog1", "/api/record/" + caseNumber + "/verification", String.class);

        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(catalog.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(outsider.getBody()).isEqualTo(unknown.getBody()).doesNotContain("某某贸易", "investigate", "handler1");
        assertThat(get("handler1", "/api/record/" + caseNumber, LIST).getBody())
            .noneSatisfy(e -> assertThat(e.get("actor")).isIn("handler3", "catalog1"));
    }

    @Test
    void theVerificationSaysValidAndTheProofsVerifyAgainstThePublicSignedCheckpoint() {
        checkpoints.issue();
        ResponseEntity<Map<String, Object>> verification = get("reviewer1", "/api/record/" + caseNumber + "/verification", MAP);
        assertThat(verification.getBody()).containsEntry("valid", true).containsEntry("result", "有效").containsEntry("notYetInCheckpoint", 0);

        ResponseEntity<Map<String, Object>> latest = template.getForEntity("/api/public/record/checkpoints/latest", (Class<Map<String, Object>>) (Class<?>) Map.class);
        assertThat(latest.getStatusCode()).isEqualTo(HttpStatus.OK);
        CheckpointNote note = CheckpointNote.parse((String) latest.getBody().get("note"));
        assertThat(note.verify(List.of(key.publicKey()))).isTrue();
        assertThat(note.origin()).isEqualTo("sanxiang-workflow/record");
        assertThat((String) latest.getBody().get("note")).doesNotContain(caseNumber);

        assertThat(template.getForEntity("/api/public/record/checkpoints?from=1", List.class).getBody()).isNotEmpty();
        long index = 0;
        Map<String, Object> proof = get("handler1", "/api/record/entries/" + index + "/inclusion-proof?treeSize=" + note.treeSize(), MAP).getBody();
        List<byte[]> path = ((List<String>) proof.get("path")).stream().map(Base64.getDecoder()::decode).toList();
        assertThat(MerkleTree.verifyInclusion(RecordHash.SM3, index, note.treeSize(), RecordHash.unhex((String) proof.get("leafHash")),
            path, note.rootHash())).isTrue();

        Map<String, Object> consistency = template.getForEntity("/api/public/record/consistency-proof?from=1&to=" + note.treeSize(), Map.class).getBody();
        List<byte[]> steps = ((List<String>) consistency.get("proof")).stream().map(Base64.getDecoder()::decode).toList();
        assertThat(MerkleTree.verifyConsistency(RecordHash.SM3, 1, note.treeSize(), Base64.getDecoder().decode((String) consistency.get("fromRoot")),
            note.rootHash(), steps)).isTrue();
    }

    @Test
    void anArchivistIssuesACheckpointOnDemandAHandlerMayNot() {
        assertThat(template.withBasicAuth("handler1", "demo").postForEntity("/api/record/checkpoints", null, String.class).getStatusCode())
            .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> issued = template.withBasicAuth("archivist1", "demo").postForEntity("/api/record/checkpoints", null, Map.class);
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(((Number) issued.getBody().get("treeSize")).longValue()).isPositive();
    }

    private <T> ResponseEntity<T> get(String user, String path, ParameterizedTypeReference<T> type) {
        return template.withBasicAuth(user, "demo").exchange(path, HttpMethod.GET, null, type);
    }

    private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
        return template.withBasicAuth(user, "demo").getForEntity(path, type);
    }
}
