package org.sanxiang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.NeedsChromium;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.Browser;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.sanxiang.review.ReviewHistory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A major case taken through the legal review loop in Camunda Tasklist, in headless Chromium, by the demo users
 * each in a browser of their own: every task is opened by its link, claimed, filled in its Chinese form and
 * completed with 完成, exactly as a user does; each step checks that the earlier rounds' opinions are shown.
 * The case is registered and investigated through the Java API (the start form is tested in {@link TasklistChineseIT}).
 */
// the same context as TasklistChineseIT (one application, one database for both)
@ExtendWith(NeedsChromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.admin-user.id=admin", "camunda.bpm.admin-user.password=Tasklist-Test-2026",
        "camunda.bpm.admin-user.first-name=管理员", "camunda.bpm.admin-user.last-name=系统",
        "sanxiang.agency-name=" + TasklistChineseIT.AGENCY})
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class ReviewLoopInTasklistIT {

    static final String RETURN_REASON = "缺少听证告知书送达回证，请补充。";
    static final String FIRST_OPINION = "罚款数额超出裁量基准从轻档的幅度，建议调整为五万元。";
    static final String REVISION = "已按审核意见将罚款调整为五万元。";
    static final String REVISED_DRAFT = "拟对当事人处以罚款五万元。";
    static final String REVISED_DISCRETION = "按审核意见适用裁量基准从轻档，罚款五万元。";
    static final String EXTENSION_REASON = "案情复杂，需调取补充证据。";
    static final String DISPUTE = "当事人多次违法，不应从轻，维持原罚款数额。";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ReviewHistory reviewHistory;

    private final List<Browser> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void majorCaseGoesThroughReturnForSupplementProblemsRevisionAndApprovalInTasklist() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.caseUpToReview(CaseFixture.majorFacts());
        Tasklist handler = tasklistOf("handler1");
        Tasklist reviewer = tasklistOf("reviewer1");
        Tasklist leader = tasklistOf("leader1");

        // 1. the handler submits the materials; a required one forgotten is refused with a message naming it
        Task submit = fixture.task(caseNumber, "submit-materials");
        work(handler, submit);
        handler.tick("送审材料", "拟作出决定情况说明");
        handler.tick("送审材料", "执法文书");
        handler.tick("送审材料", "证据材料");
        handler.write("送审说明", "报送拟作出的行政处罚决定，请予审核。");
        handler.complete();
        handler.waitForNotification("缺少：执法全过程记录");
        assertThat(handler.notifications()).contains("送审材料", "当事人陈述申辩材料").doesNotContain("Cannot submit", submit.getId());
        assertThat(fixture.task(caseNumber, "submit-materials").getId()).isEqualTo(submit.getId());
        handler.tick("送审材料", "执法全过程记录");
        handler.tick("送审材料", "当事人陈述申辩材料");
        done(handler, caseNumber, "submit-materials");

        // 2. the reviewer finds a material missing and returns the submission
        work(reviewer, fixture.task(caseNumber, "accept-submission"));
        assertThat(reviewer.formContent()).contains(caseNumber, "拟作出决定情况说明", "报送拟作出的行政处罚决定");
        reviewer.write("需补充的材料", RETURN_REASON);
        done(reviewer, caseNumber, "accept-submission");

        // 3. the handler sees what is missing and supplements it
        work(handler, fixture.task(caseNumber, "supplement-materials"));
        assertThat(handler.formContent()).contains(RETURN_REASON);
        tickRequiredMaterials(handler);
        handler.write("送审说明", "已补充听证告知书送达回证。");
        done(handler, caseNumber, "supplement-materials");

        // 4. the reviewer accepts, then finds a problem and writes the opinion
        work(reviewer, fixture.task(caseNumber, "accept-submission"));
        assertThat(reviewer.formContent()).contains(RETURN_REASON);
        reviewer.tick("材料齐全，予以受理");
        done(reviewer, caseNumber, "accept-submission");
        // one card for the review: the extension is asked for within it and the review comes back to the reviewer
        work(reviewer, fixture.task(caseNumber, "review-decision"));
        assertThat(fixture.openTaskKeys(caseNumber)).containsExactly("review-decision");
        reviewer.tick("申请延长审核期限");
        reviewer.write("申请延长的理由", EXTENSION_REASON);
        done(reviewer, caseNumber, "review-decision");
        assertThat(fixture.openTaskKeys(caseNumber)).containsExactly("approve-extension", "review-decision");
        Task review = fixture.task(caseNumber, "review-decision");
        assertThat(review.getAssignee()).isEqualTo("reviewer1");
        work(leader, fixture.task(caseNumber, "approve-extension"));
        assertThat(leader.formContent()).contains(EXTENSION_REASON);
        leader.tick("是否批准延长", "批准延长");
        leader.write("审批意见", "同意延长。");
        done(leader, caseNumber, "approve-extension");
        reviewer.openTask(review.getId());
        assertThat(reviewer.formContent()).contains("（已延长）").doesNotContain("申请延长审核期限");
        for (String check : List.of("执法主体是否合法", "执法人员是否具备执法资格", "执法程序是否合法", "案件事实是否清楚、证据是否合法充分")) {
            reviewer.tick("审核通过的项目", check);
        }
        reviewer.tick("审核意见", "存在问题");
        reviewer.write("书面审核意见", FIRST_OPINION);
        done(reviewer, caseNumber, "review-decision");

        // 5. the handler reads the opinion and revises
        work(handler, fixture.task(caseNumber, "answer-opinion"));
        assertThat(handler.formContent()).contains(FIRST_OPINION, "存在问题");
        handler.tick("处理方式", "修改后再次报送");
        handler.write("处理说明或异议理由", REVISION);
        done(handler, caseNumber, "answer-opinion");

        // 6. revising leads back to the draft, with the opinion to answer beside it; the handler edits the draft
        work(handler, fixture.task(caseNumber, "draft-decision"));
        assertThat(handler.formContent()).contains("需回应的审核意见", FIRST_OPINION, REVISION,
            "经现场检查，当事人销售的产品经抽检不合格。", "当事人称不知道产品不合格。");
        handler.write("拟作出决定内容", REVISED_DRAFT);
        handler.write("裁量基准适用说明", REVISED_DISCRETION);
        handler.browser().screenshot("tasklist-revise-draft.png");
        done(handler, caseNumber, "draft-decision");
        work(handler, fixture.task(caseNumber, "notify-party"));
        done(handler, caseNumber, "notify-party");

        // 7. resubmitted with the changes shown, accepted and approved; the first round stays visible
        work(handler, fixture.task(caseNumber, "submit-materials"));
        assertThat(handler.formContent()).contains(FIRST_OPINION, REVISION, "第2稿与第1稿相比：修改了2项", REVISED_DRAFT);
        tickRequiredMaterials(handler);
        handler.write("送审说明", "修改后再次报送。");
        done(handler, caseNumber, "submit-materials");
        work(reviewer, fixture.task(caseNumber, "accept-submission"));
        reviewer.tick("材料齐全，予以受理");
        done(reviewer, caseNumber, "accept-submission");
        work(reviewer, fixture.task(caseNumber, "review-decision"));
        // the reviewer sees the case, the draft of this round and what changed since the last
        assertThat(reviewer.formContent()).contains(FIRST_OPINION, REVISION, RETURN_REASON,
            "调查情况", "经现场检查，当事人销售的产品经抽检不合格。", "现场检查笔录、抽样检验报告、销售台账",
            "陈述申辩及采纳情况", "当事人称不知道产品不合格。", "当事人未履行进货查验义务，申辩理由不予采纳。",
            "与上一稿相比的修改", "第2稿与第1稿相比：修改了2项", "第1稿：拟对当事人处以罚款。", "第2稿：" + REVISED_DRAFT,
            REVISED_DISCRETION, "未修改：执法行为、涉案金额/罚没金额（元）、证据采信理由、法律依据选择");
        // the earlier rounds name people by 姓名, surname first, never by their user ids
        assertThat(reviewer.formContent()).contains("张承办：补充材料", "王审核：材料齐全")
            .doesNotContain("handler1：", "reviewer1：");
        for (String check : CHECKS) {
            reviewer.tick("审核通过的项目", check);
        }
        reviewer.tick("审核意见", "同意");
        reviewer.write("书面审核意见", "同意作出处罚决定。");
        reviewer.browser().screenshot("tasklist-review-approve.png");
        done(reviewer, caseNumber, "review-decision");

        // 8. the leader sees the whole loop and decides
        work(leader, fixture.task(caseNumber, "leader-decision"));
        assertThat(leader.formContent()).contains("审核通过", FIRST_OPINION, REVISION, "同意作出处罚决定。");
        leader.tick("负责人决定", "作出决定");
        leader.write("决定书文号", "某市监罚〔2026〕8号");
        leader.write("负责人意见", "同意。");
        done(leader, caseNumber, "leader-decision");

        assertThat(fixture.task(caseNumber, "serve-decision")).isNotNull();
        assertThat(reviewHistory.render(caseNumber)).contains(RETURN_REASON, FIRST_OPINION, REVISION, "同意作出处罚决定。");
        assertThat(variable(caseNumber, "decisionNumber")).isEqualTo("某市监罚〔2026〕8号");
    }

    @Test
    void disputedOpinionGoesThroughNegotiationToTheCollectiveDiscussionInTasklist() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.caseUpToReview(CaseFixture.majorFacts());
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.problems(caseNumber);
        Tasklist handler = tasklistOf("handler1");
        Tasklist reviewer = tasklistOf("reviewer1");
        Tasklist leader = tasklistOf("leader1");

        work(handler, fixture.task(caseNumber, "answer-opinion"));
        handler.tick("处理方式", "有异议");
        handler.write("处理说明或异议理由", DISPUTE);
        done(handler, caseNumber, "answer-opinion");

        work(reviewer, fixture.task(caseNumber, "negotiate"));
        assertThat(reviewer.formContent()).contains(FIRST_OPINION, DISPUTE);
        reviewer.tick("协商结果", "未达成一致，提请集体讨论");
        reviewer.write("协商情况", "双方对裁量档次意见不一致。");
        done(reviewer, caseNumber, "negotiate");

        work(leader, fixture.task(caseNumber, "collective-discussion"));
        assertThat(leader.formContent()).contains(FIRST_OPINION, DISPUTE, "双方对裁量档次意见不一致。");
        leader.tick("集体讨论决定", "同意作出决定");
        leader.write("会议纪要", "经集体讨论，同意按原拟定数额处罚。");
        leader.write("参会人员", "负责人甲、负责人乙、法制审核机构负责人");
        done(leader, caseNumber, "collective-discussion");

        work(leader, fixture.task(caseNumber, "leader-decision"));
        assertThat(leader.formContent()).contains("集体讨论同意作出决定", "经集体讨论，同意按原拟定数额处罚。");
        leader.tick("负责人决定", "作出决定");
        leader.write("决定书文号", "某市监罚〔2026〕9号");
        leader.write("负责人意见", "按集体讨论决定执行。");
        done(leader, caseNumber, "leader-decision");

        assertThat(fixture.task(caseNumber, "serve-decision")).isNotNull();
    }

    static final List<String> CHECKS = List.of("执法主体是否合法", "执法人员是否具备执法资格", "执法程序是否合法",
        "案件事实是否清楚、证据是否合法充分", "适用法律法规规章是否准确、裁量基准运用是否适当", "是否超越法定权限",
        "执法文书是否完备规范", "违法行为是否涉嫌犯罪、需要移送司法机关");

    private Tasklist tasklistOf(String user) {
        Browser browser = Browser.open("zh-CN,zh");
        browsers.add(browser);
        return new Tasklist(browser, port).logInAs(user);
    }

    /** the materials a penalty always needs (Material) */
    private static void tickRequiredMaterials(Tasklist handler) {
        for (String material : List.of("拟作出决定情况说明", "执法文书", "证据材料", "当事人陈述申辩材料", "执法全过程记录")) {
            handler.tick("送审材料", material);
        }
    }

    /** opens the task in the user's Tasklist and claims it */
    private static void work(Tasklist tasklist, Task task) {
        tasklist.openTask(task.getId());
        tasklist.claim();
    }

    /** completes the open task and waits until the engine has it completed */
    private void done(Tasklist tasklist, String caseNumber, String taskKey) {
        Task task = new CaseFixture(engine).task(caseNumber, taskKey);
        tasklist.complete();
        try {
            new WebDriverWait(tasklist.browser().driver(), Tasklist.PATIENCE)
                .withMessage(() -> taskKey + " of " + caseNumber + " was not completed; Tasklist says: " + tasklist.notifications())
                .until(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
        } catch (TimeoutException e) {
            tasklist.browser().screenshot("failed-" + taskKey + ".png");
            throw e;
        }
    }

    private Object variable(String caseNumber, String name) {
        HistoryService history = engine.getHistoryService();
        String instanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
            .processDefinitionKey(EnforcementCaseProcess.PROCESS_KEY).singleResult().getId();
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery().processInstanceId(instanceId)
            .variableName(name).singleResult();
        return variable == null ? null : variable.getValue();
    }
}
