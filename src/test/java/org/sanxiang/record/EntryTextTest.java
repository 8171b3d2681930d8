package org.sanxiang.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.disclosure.DecisionNotPublished;
import org.sanxiang.disclosure.DecisionPublished;
import org.sanxiang.disclosure.DecisionRedacted;
import org.sanxiang.disclosure.DisclosureCorrected;
import org.sanxiang.disclosure.DisclosureCorrectionRequested;
import org.sanxiang.disclosure.DisclosureExpired;
import org.sanxiang.disclosure.DisclosureWithdrawalRequested;
import org.sanxiang.disclosure.DisclosureWithdrawn;

/**
 * Every kind of entry reads in Chinese: the details as the record stores them (taken from a real case's record) give
 * a sentence with task names, people by name, the forms' labels, the decisions' results in words and Beijing time,
 * and nothing of the engine's ids or raw JSON.
 */
class EntryTextTest {

    static final RecordLabels LABELS = RecordLabels.fromClasspath(List.of(
        () -> Map.of("fileType", Map.of("DOCUMENT", "文书", "AV_RECORDING", "音像记录")),
        () -> Map.of("activity", Map.of("INVESTIGATION", "调查取证", "SERVICE", "送达"))));
    static final Map<String, String> NAMES = Map.of("handler1", "张承办", "handler2", "李承办", "reviewer1", "王审核", "leader1", "赵负责");
    static final EntryText TEXT = new EntryText(LABELS, id -> NAMES.getOrDefault(id, id), ZoneId.of("Asia/Shanghai"));
    /** 2026-12-08 02:04 Beijing time */
    static final long AT = Instant.parse("2026-12-07T18:04:00Z").toEpochMilli();

    static EntrySummary render(String kind, String actor, String details) {
        EntrySummary summary = TEXT.of(new RecordEntry(1, "ZF-2026-000001", 1, kind, actor, AT, details, "SM3", null, "00"));
        String plain = summary.plain();
        assertThat(plain).as("no raw engine text").doesNotContain("processInstanceId", "taskId", "{\"", "\":", "=")
            .doesNotContainPattern("[a-z]+[A-Z][A-Za-z]*").doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]+\\b")
            .doesNotContain("enforcement-case", "legal-review", "handler1", "reviewer1", "leader1");
        return summary;
    }

    static Map<String, String> lines(EntrySummary summary) {
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        summary.lines().forEach(l -> lines.put(l.label(), l.value()));
        return lines;
    }

    @Test
    void theRegistrationIsTheCaseProcessStartingAtItsStartEvent() {
        assertThat(render(RecordKinds.PROCESS_STARTED, "handler1",
            "{\"process\":\"enforcement-case\",\"processInstanceId\":\"9cedd9d9-f268\",\"startActivity\":\"case-registered\"}").text())
            .isEqualTo("「行政执法案件」流程开始（立案）");
    }

    @Test
    void aProcessEndingNamesItsEndEvent() {
        assertThat(render(RecordKinds.PROCESS_ENDED, "reviewer1",
            "{\"endActivity\":\"review-passed\",\"process\":\"legal-review\",\"processInstanceId\":\"aa292628\"}").text())
            .isEqualTo("「法制审核」流程结束（审核通过）");
    }

    @Test
    void aTaskCreatedIsNamed() {
        assertThat(render(RecordKinds.TASK_CREATED, "handler1",
            "{\"task\":\"investigate\",\"taskId\":\"9d6ea2d6\",\"taskName\":\"调查取证\"}").text()).isEqualTo("生成任务「调查取证」");
    }

    @Test
    void aClaimSaysWhoTookTheTaskByName() {
        assertThat(render(RecordKinds.TASK_ASSIGNED, "reviewer1",
            "{\"assignee\":\"reviewer1\",\"task\":\"review-decision\",\"taskId\":\"abd6\",\"taskName\":\"法制审核并出具书面意见\"}").text())
            .isEqualTo("任务「法制审核并出具书面意见」由 王审核 领取");
        assertThat(render(RecordKinds.TASK_ASSIGNED, "leader1",
            "{\"assignee\":\"handler2\",\"task\":\"notify-party\",\"taskId\":\"a18d\",\"taskName\":\"事先告知\"}").text())
            .isEqualTo("任务「事先告知」交由 李承办 办理");
    }

    @Test
    void aCompletionShowsTheSubmittedValuesUnderTheFormsLabels() {
        EntrySummary summary = render(RecordKinds.TASK_COMPLETED, "reviewer1", "{\"task\":\"review-decision\",\"taskId\":\"abd6\","
            + "\"taskName\":\"法制审核并出具书面意见\",\"values\":{\"opinion\":\"APPROVED\",\"opinionText\":\"同意。\","
            + "\"passedChecks\":\"[\\\"SUBJECT\\\",\\\"QUALIFICATION\\\"]\",\"referToJudicial\":false}}");
        assertThat(summary.text()).isEqualTo("任务「法制审核并出具书面意见」办结，提交 4 项内容");
        assertThat(lines(summary)).containsEntry("审核意见", "同意").containsEntry("书面审核意见", "同意。")
            .containsEntry("涉嫌犯罪，建议移送司法机关", "否");
        assertThat(lines(summary).values()).anySatisfy(v -> assertThat(v).contains("、").doesNotContain("SUBJECT"));
    }

    @Test
    void aCancelledTaskIsNamedWithoutTheEnginesReason() {
        assertThat(render(RecordKinds.TASK_CANCELLED, "system",
            "{\"reason\":\"deleted\",\"task\":\"serve-decision\",\"taskId\":\"b0e7\",\"taskName\":\"送达\"}").text()).isEqualTo("任务「送达」取消");
    }

    @Test
    void valuesSetByTheProcessShowPeopleByNameTimesInBeijingTimeAndCountTheInternalOnes() {
        EntrySummary summary = render(RecordKinds.VALUES_SET, "reviewer1", "{\"values\":{\"acceptedAt\":" + AT
            + ",\"catalogResult\":\"\\u0000\\u0005sr\\u0000\\u0011java.util.HashMap\",\"handlers\":\"[\\\"handler1\\\",\\\"handler2\\\"]\"}}");
        assertThat(summary.text()).isEqualTo("案件数据更新，记入 2 项内容，另有 1 项流程内部数据（见记录原文）");
        assertThat(lines(summary)).containsEntry("受理时间", "2026-12-08 02:04（北京时间）").containsValue("张承办、李承办");
    }

    @Test
    void theMajorDecisionSaysWhetherTheDecisionIsMajorAndWhy() {
        EntrySummary summary = render(RecordKinds.DECISION_EVALUATED, "handler2", "{\"activity\":\"catalog-decision\",\"decision\":\"major-decision\","
            + "\"inputs\":{\"执法类别\":\"PENALTY\",\"是否命中目录清单条目\":false,\"程序类型\":\"GENERAL\"},\"outputs\":[{\"basis\":"
            + "\"其他适用一般程序的行政处罚决定，应当进行法制审核\",\"reviewLevel\":\"GENERAL\",\"rule\":\"major-decision-general\"}]}");
        assertThat(summary.text()).isEqualTo("重大执法决定判定：属于一般程序行政处罚决定，须经法制审核（依据：其他适用一般程序的行政处罚决定，应当进行法制审核）");
        assertThat(lines(summary)).containsEntry("判定依据 · 执法类别", "行政处罚").containsEntry("判定依据 · 是否命中目录清单条目", "否")
            .containsEntry("判定结果 · 审核级别", "属于一般程序行政处罚决定，须经法制审核");
    }

    @Test
    void theRecordingRequirementSaysWhatRecordingTheActivityNeedsAndForHowLong() {
        EntrySummary summary = render(RecordKinds.DECISION_EVALUATED, "handler1", "{\"activity\":\"investigate\",\"decision\":\"recording-requirement\","
            + "\"inputs\":{\"执法环节\":\"INVESTIGATION\",\"执法类别\":\"COERCION\",\"执法行为\":\"SEIZURE\"},"
            + "\"outputs\":[{\"recording\":\"AS_NEEDED\",\"retention\":\"P30Y\",\"rule\":\"recording-investigation\"}]}");
        assertThat(summary.text()).isEqualTo("音像记录要求判定（调查取证）：根据需要进行音像记录，保存期限 30 年");
        assertThat(lines(summary)).containsEntry("判定依据 · 执法环节", "调查取证").containsEntry("判定依据 · 执法类别", "行政强制");
    }

    @Test
    void anotherDecisionShowsItsOutputsUnderTheirLabels() {
        EntrySummary summary = render(RecordKinds.DECISION_EVALUATED, "leader1", "{\"activity\":\"disclosure-rule\",\"decision\":\"disclosure-deadline\","
            + "\"inputs\":{\"涉及国家秘密\":false},\"outputs\":[{\"publish\":true,\"reason\":\"\",\"rule\":\"r1\",\"workingDays\":7}]}");
        assertThat(summary.text()).startsWith("公示要求与期限判定：").contains("是否公示 是", "公示期限（工作日） 7");
    }

    @Test
    void aSignedOpinionNamesItsRoundVerdictAndKeyFingerprint() {
        EntrySummary summary = render(RecordKinds.OPINION_SIGNED, "reviewer1", "{\"keyFingerprint\":\"891208b18fb1d59154de8d52df7a1947\","
            + "\"opinion\":\"APPROVED\",\"opinionId\":1,\"round\":1,\"signatureAlgorithm\":\"SM3withSM2\"}");
        assertThat(summary.text()).isEqualTo("签署第 1 轮书面审核意见（第 1 号）：同意；国密 SM2 签名，密钥指纹 891208b18fb1d591…");
        assertThat(lines(summary)).containsEntry("签名密钥指纹", "891208b18fb1d59154de8d52df7a1947");
    }

    @Test
    void aFileAddedNamesItsNumberTypeAndActivity() {
        EntrySummary summary = render(RecordKinds.FILE_ADDED, "handler1", "{\"activity\":\"现场检查\",\"activityAt\":" + AT
            + ",\"contentHash\":\"46b57beb\",\"fileId\":3,\"hashAlgorithm\":\"SM3\",\"name\":\"执法记录仪.mp4\",\"size\":25841,"
            + "\"supersedes\":2,\"type\":\"AV_RECORDING\"}");
        assertThat(summary.text()).isEqualTo("归入第 3 号材料（音像记录）：执法记录仪.mp4，更正第 2 号材料");
        assertThat(lines(summary)).containsEntry("所属执法环节", "现场检查").containsEntry("执法环节时间", "2026-12-08 02:04（北京时间）")
            .containsEntry("大小", "25,841 字节").containsEntry("内容哈希值", "46b57beb");
    }

    @Test
    void aRetrievalSaysWhatWasReadAndWhy() {
        assertThat(render(RecordKinds.RETRIEVAL, "reviewer1", "{\"purpose\":\"执法监督检查\",\"what\":\"全过程记录\"}").text())
            .isEqualTo("调阅全过程记录，目的：执法监督检查");
    }

    @Test
    void theArchivePackageNamesItsHashAndCheckpoint() {
        EntrySummary summary = render(RecordKinds.ARCHIVE_PACKAGE_STORED, "archivist1", "{\"checkpointTreeSize\":569,\"contentHash\":\"63efb8af\","
            + "\"hashAlgorithm\":\"SM3\",\"name\":\"ZF-2026-000001-案卷包.zip\",\"size\":91154}");
        assertThat(summary.text()).isEqualTo("案卷包「ZF-2026-000001-案卷包.zip」生成并存档");
        assertThat(lines(summary)).containsEntry("对应日志检查点（日志长度）", "569").containsEntry("大小", "91,154 字节");
    }

    @Test
    void eachDisclosureStepReadsInChineseWithItsTimeInBeijingTime() {
        Instant at = Instant.ofEpochMilli(AT);
        Map<String, Record> steps = new java.util.LinkedHashMap<>();
        steps.put("公示文本脱敏，遮盖 2 处", new DecisionRedacted("ZF-1", 1, "discloser1", at, "aa", "bb", 2));
        steps.put("决定公示（第 1 版）", new DecisionPublished("ZF-1", 1, 1, "discloser1", at, "aa", "bb", "当事人电话", null, null));
        steps.put("决定不予公示，理由：涉及国家秘密", new DecisionNotPublished("ZF-1", "system", at, "涉及国家秘密"));
        steps.put("因决定被撤销，申请撤下公示，理由：复议决定撤销", new DisclosureWithdrawalRequested("ZF-1", "handler1", at, "REVOKED", "复议决定撤销"));
        steps.put("撤下公示，理由：决定已被撤销", new DisclosureWithdrawn("ZF-1", 1, "discloser1", at, "决定已被撤销", "aa", "bb"));
        steps.put("申请更正公示信息，理由：金额有误", new DisclosureCorrectionRequested("ZF-1", "handler1", at, "金额有误"));
        steps.put("更正公示信息（第 2 版）：更正罚款金额", new DisclosureCorrected("ZF-1", 1, 2, "discloser1", at, "更正罚款金额", "aa", "cc"));
        steps.put("公示期满，撤下公示", new DisclosureExpired("ZF-1", 1, "system", at, "aa", "bb"));
        Map<Class<?>, String> kinds = Map.of(DecisionRedacted.class, RecordKinds.DISCLOSURE_REDACTED, DecisionPublished.class,
            RecordKinds.DISCLOSURE_PUBLISHED, DecisionNotPublished.class, RecordKinds.DISCLOSURE_NOT_PUBLISHED,
            DisclosureWithdrawalRequested.class, RecordKinds.DISCLOSURE_WITHDRAWAL_REQUESTED, DisclosureWithdrawn.class,
            RecordKinds.DISCLOSURE_WITHDRAWN, DisclosureCorrectionRequested.class, RecordKinds.DISCLOSURE_CORRECTION_REQUESTED,
            DisclosureCorrected.class, RecordKinds.DISCLOSURE_CORRECTED, DisclosureExpired.class, RecordKinds.DISCLOSURE_EXPIRED);
        steps.forEach((text, event) -> {
            String details;
            try {
                details = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(DisclosureStepListener.details(event));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            EntrySummary summary = render(kinds.get(event.getClass()), "system", details);
            assertThat(summary.text()).isEqualTo(text);
            assertThat(lines(summary)).containsEntry("时间", "2026-12-08 02:04（北京时间）");
        });
    }
}
