package org.sanxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.majorFacts;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.signature.AgencyKey;
import org.sanxiang.signature.SignatureCheck;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completing review-decision writes the opinion signed with the agency's key; a signed opinion
 * cannot be changed through the application, and a row changed behind its back is reported
 * exactly.
 */
@EngineTest
class SignedOpinionTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReviewRecords records;
    @Autowired
    WrittenOpinionRepository opinions;
    @Autowired
    OpinionVerifier verifier;
    @Autowired
    AgencyKey key;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    CaseFixture fixture;
    String caseNumber;

    @BeforeEach
    void opinionWithProblems() {
        fixture = new CaseFixture(engine);
        caseNumber = fixture.caseUpToReview(majorFacts());
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.problems(caseNumber);
    }

    WrittenOpinion opinion() {
        return records.opinions.findByCaseNumberOrderByIdAsc(caseNumber).get(0);
    }

    @Test
    void theOpinionIsStoredWithItsCanonicalTextSignatureAndKeyFingerprint() throws Exception {
        WrittenOpinion opinion = opinion();

        JsonNode signed = new ObjectMapper().readTree(opinion.getCanonicalText());
        assertThat(signed.path("form").asText()).isEqualTo(OpinionCanonicalForm.FORM);
        assertThat(signed.path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(signed.path("round").asInt()).isEqualTo(1);
        assertThat(signed.path("opinion").asText()).isEqualTo("PROBLEMS");
        assertThat(signed.path("opinionText").asText()).isEqualTo("罚款数额超出裁量基准从轻档的幅度，建议调整为五万元。");
        assertThat(signed.path("reviewer").asText()).isEqualTo("reviewer1");
        assertThat(signed.path("checklist")).hasSize(8);
        assertThat(signed.path("checklist").get(4).toString()).isEqualTo("{\"item\":\"LAW_DISCRETION\",\"passed\":false}");
        assertThat(signed.path("signedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(opinion.getSignatureAlgorithm()).isEqualTo("SM3withSM2");
        assertThat(opinion.getKeyFingerprint()).isEqualTo(key.fingerprint());
        assertThat(key.verify(opinion.getCanonicalText(), opinion.signed())).isEqualTo(SignatureCheck.VALID);
        assertThat(OpinionCanonicalForm.of(opinion)).isEqualTo(opinion.getCanonicalText());
    }

    @Test
    void anUntouchedOpinionVerifies() {
        OpinionVerification verification = verifier.verify(opinion());

        assertThat(verification.valid()).isTrue();
        assertThat(verification.result()).isEqualTo("有效");
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.caseNumber()).isEqualTo(caseNumber);
        assertThat(verification.currentKeyFingerprint()).isEqualTo(verification.keyFingerprint());
    }

    @Test
    void anOpinionChangedInTheDatabaseIsReportedFieldByField() {
        Long id = opinion().getId();
        jdbc.update("UPDATE review_opinion SET opinion = 'APPROVED', opinion_text = '同意。', actor = 'reviewer2', "
            + "passed_checks = 'SUBJECT,QUALIFICATION,PROCEDURE,FACTS_EVIDENCE,LAW_DISCRETION,AUTHORITY,DOCUMENTS,CRIME_REFERRAL', "
            + "failed_checks = '' WHERE id = ?", id);

        OpinionVerification verification = verifier.verify(opinions.findById(id).orElseThrow());

        assertThat(verification.valid()).isFalse();
        assertThat(verification.result()).isEqualTo("无效");
        assertThat(verification.problems()).containsExactly(
            "审核意见与签名时不一致：签名时为“PROBLEMS”，现为“APPROVED”。",
            "审核内容“适用法律法规规章是否准确、裁量基准运用是否适当”与签名时不一致：签名时为未通过，现为通过。",
            "书面审核意见与签名时不一致：签名时为“罚款数额超出裁量基准从轻档的幅度，建议调整为五万元。”，现为“同意。”。",
            "审核人与签名时不一致：签名时为“reviewer1”，现为“reviewer2”。");
    }

    @Test
    void aForgedCanonicalTextOrSignatureIsReported() {
        Long id = opinion().getId();
        String forged = opinion().getCanonicalText().replace("五万元", "三万元");
        jdbc.update("UPDATE review_opinion SET canonical_text = ? WHERE id = ?", forged, id);

        List<String> problems = verifier.verify(opinions.findById(id).orElseThrow()).problems();

        assertThat(problems).anySatisfy(p -> assertThat(p).contains("签名与保存的签名原文不符"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("书面审核意见与签名时不一致"));

        jdbc.update("UPDATE review_opinion SET key_fingerprint = ? WHERE id = ?", "f".repeat(64), id);
        assertThat(verifier.verify(opinions.findById(id).orElseThrow()).problems())
            .anySatisfy(p -> assertThat(p).contains("不在本机关的签名密钥库中"));

        jdbc.update("UPDATE review_opinion SET signature = NULL WHERE id = ?", id);
        assertThat(verifier.verify(opinions.findById(id).orElseThrow()).problems())
            .containsExactly("本意见书没有签名（在启用签名之前出具，或签名已被删除），无法证明其未被改动。");
    }

    @Test
    void aRowChangedToNonsenseIsReportedNotFailed() {
        Long id = opinion().getId();
        jdbc.update("UPDATE review_opinion SET opinion = 'MAYBE', passed_checks = 'SUBJECT,HACKED' WHERE id = ?", id);

        OpinionVerification verification = verifier.verify(opinions.findById(id).orElseThrow());

        assertThat(verification.valid()).isFalse();
        assertThat(verification.problems()).contains("审核内容中有无法识别的项目：HACKED。",
            "审核意见“MAYBE”不是可选项（同意或存在问题）。");
    }

    @Test
    void theApplicationCannotDeleteASignedOpinion() {
        Long id = opinion().getId();

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> opinions.deleteById(id)))
            .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("不得修改或删除");
        assertThat(opinions.findById(id)).isPresent();
        assertThat(verifier.verify(opinions.findById(id).orElseThrow()).valid()).isTrue();
    }

    @Test
    void theEntityHasNoSetters() {
        assertThat(WrittenOpinion.class.getMethods()).noneMatch(m -> m.getName().startsWith("set"));
    }
}
