package org.sanxiang.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.vars;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A penalty case taken from its draft to its service: the 事先告知书, the 决定书 and the 送达回证 are each issued once at
 * their step, stored in the case file as 文书 with their hash, and their text (extracted with PDFBox) carries the agency,
 * the 文号, the party, the basis and the amount; who may not read the case gets neither the list nor a document.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"sanxiang.agency-name=" + DocumentsIT.AGENCY, "sanxiang.documents.agency-short-name=某市监"})
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class DocumentsIT {

    static final String AGENCY = "某市市场监督管理局";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;

    JsonNode documents(String caseNumber) throws IOException {
        ResponseEntity<String> list = rest.withBasicAuth("handler1", "demo").getForEntity("/api/cases/" + caseNumber + "/documents", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        return JSON.readTree(list.getBody());
    }

    List<String> kinds(String caseNumber) throws IOException {
        return java.util.stream.StreamSupport.stream(documents(caseNumber).spliterator(), false).map(d -> d.path("kind").asText()).toList();
    }

    byte[] download(String user, String address) {
        ResponseEntity<byte[]> pdf = rest.withBasicAuth(user, "demo").getForEntity(address, byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).hasToString("application/pdf");
        return pdf.getBody();
    }

    @Test
    void eachStepIssuesItsDocumentOnceWithTheCasesFacts() throws IOException {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.facts());
        fixture.investigate(caseNumber);
        assertThat(kinds(caseNumber)).isEmpty();
        fixture.draft(caseNumber, Map.of());
        assertThat(kinds(caseNumber)).containsExactly("PENALTY_NOTICE");

        JsonNode notice = documents(caseNumber).get(0);
        assertThat(notice.path("number").asText()).matches("某市监罚告〔\\d{4}〕\\d+号");
        assertThat(notice.path("name").asText()).isEqualTo("行政处罚事先告知书");
        assertThat(notice.path("contentHash").asText()).matches("[0-9a-f]{64}");
        byte[] noticePdf = download("handler2", notice.path("download").asText());
        assertThat(DocumentTemplatesTest.text(noticePdf)).contains(AGENCY, "行政处罚事先告知书", notice.path("number").asText(),
            "某某贸易有限公司", "经现场检查，当事人销售的产品经抽检不合格。", "《产品质量法》第四十九条。", "人民币20000.00元", "三日内")
            .doesNotContain("听证");
        assertThat(DocumentTemplatesTest.fontEmbedded(noticePdf)).isTrue();

        fixture.notifyParty(caseNumber);
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.approve(caseNumber);
        fixture.decide(caseNumber);
        assertThat(kinds(caseNumber)).containsExactly("PENALTY_NOTICE", "PENALTY_DECISION");
        JsonNode decision = documents(caseNumber).get(1);
        assertThat(decision.path("number").asText()).isEqualTo("某市监罚〔2026〕1号");
        byte[] decisionPdf = download("leader1", "/api/cases/" + caseNumber + "/documents/latest/PENALTY_DECISION");
        assertThat(DocumentTemplatesTest.text(decisionPdf)).contains(AGENCY, "行政处罚决定书", "某市监罚〔2026〕1号", "某某贸易有限公司",
            "《产品质量法》第四十九条。", "人民币20000.00元", "当事人称不知道产品不合格。", "申辩理由不予采纳", "六十日内", "六个月内");
        assertThat(DocumentTemplatesTest.fontEmbedded(decisionPdf)).isTrue();

        fixture.complete(caseNumber, "serve-decision", "handler2", vars("serviceMethod", "DIRECT", "serviceNote", "当场送达，当事人签收。"));
        assertThat(kinds(caseNumber)).containsExactly("PENALTY_NOTICE", "PENALTY_DECISION", "SERVICE_RECEIPT");
        JsonNode receipt = documents(caseNumber).get(2);
        assertThat(receipt.path("number").asText()).matches("某市监送〔\\d{4}〕\\d+号");
        assertThat(DocumentTemplatesTest.text(download("handler1", receipt.path("download").asText()))).contains(AGENCY, "送达回证",
            receipt.path("number").asText(), "行政处罚决定书（某市监罚〔2026〕1号）", "某某贸易有限公司", "直接送达", "当场送达，当事人签收。");

        String files = rest.withBasicAuth("handler1", "demo").getForObject("/api/cases/" + caseNumber + "/files", String.class);
        assertThat(files).contains("行政处罚事先告知书（" + notice.path("number").asText() + "）.pdf", "\"typeName\":\"文书\"",
            notice.path("contentHash").asText(), receipt.path("contentHash").asText());
    }

    @Test
    void whoMayNotReadTheCaseGetsNeitherTheListNorADocument() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.caseUpToReview(CaseFixture.facts());
        ResponseEntity<String> list = rest.withBasicAuth("catalog1", "demo").getForEntity("/api/cases/" + caseNumber + "/documents", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(list.getBody()).contains("无权调阅该案件");
        ResponseEntity<String> pdf = rest.withBasicAuth("catalog1", "demo")
            .getForEntity("/api/cases/" + caseNumber + "/documents/latest/PENALTY_NOTICE", String.class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/cases/" + caseNumber + "/documents", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aHearingIsOfferedForALargeFineOnAPerson() throws IOException {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.with(CaseFixture.facts(), "partyType", "PERSON", "partyName", "张某某", "amount", 12000));
        fixture.investigate(caseNumber);
        fixture.draft(caseNumber, Map.of());
        assertThat(kinds(caseNumber)).containsExactly("PENALTY_NOTICE");
        assertThat(DocumentTemplatesTest.text(download("handler1", "/api/cases/" + caseNumber + "/documents/latest/PENALTY_NOTICE")))
            .contains("张某某", "人民币12000.00元", "有权要求听证");
    }
}
