package org.sanxiang.demo;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;
import static org.sanxiang.review.LegalReviewProcess.*;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.Category;
import org.sanxiang.catalog.PartyType;
import org.sanxiang.catalog.Procedure;
import org.sanxiang.catalog.Tier;
import org.sanxiang.disclosure.DecisionDisclosureProcess;
import org.sanxiang.review.Material;
import org.sanxiang.review.NegotiationResult;
import org.sanxiang.review.Opinion;
import org.sanxiang.review.Response;
import org.sanxiang.review.ReviewCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A handful of sample cases in different states, so that a first look shows real work (the README's
 * "Sample cases"; {@code DemoCasesIT} checks each is there). Created once, on a database without
 * cases, by driving the processes as the demo users would ({@link CaseSteps}), with the processes'
 * constants.
 */
@Component
@Profile("demo")
@Order(30)
public class DemoCases implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    private static final List<String> MATERIAL_CODES = codes(Material.DRAFT_DECISION, Material.DOCUMENTS, Material.EVIDENCE,
        Material.PARTY_STATEMENT, Material.PROCESS_RECORD);

    private final ProcessEngine engine;
    private final CaseSteps steps;

    public DemoCases(ProcessEngine engine) {
        this.engine = engine;
        this.steps = new CaseSteps(engine);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(org.sanxiang.enforcement.EnforcementCaseProcess.PROCESS_KEY).count() > 0) {
            return;
        }
        new DemoLastYear(steps).build();
        String waiting = register("某超市销售过期食品案", Category.PENALTY, Action.FINE, Tier.COUNTY, "市场监管", "某某超市有限公司", 30000);
        LOG.info("演示案件 {}：待调查取证", waiting);

        String general = upToReview(register("某餐馆未公示许可证件案", Category.PENALTY, Action.WARNING, Tier.TOWNSHIP, "市场监管", "某某餐馆", 0));
        LOG.info("演示案件 {}：一般程序行政处罚，待报送法制审核材料", general);

        String returned = upToReview(register("某建材公司销售不合格钢筋案", Category.PENALTY, Action.FINE, Tier.COUNTY, "市场监管", "某某建材有限公司", 80000));
        submit(returned);
        steps.complete(returned, TASK_ACCEPT, "reviewer1", Map.of(MATERIALS_COMPLETE, false,
            MISSING_MATERIALS, "缺少钢筋抽样检验报告原件及送达回证。"));
        LOG.info("演示案件 {}：重大执法决定，送审材料被退回补充", returned);

        String problems = upToReview(register("某化工企业超标排放案", Category.PENALTY, Action.FINE, Tier.CITY, "生态环境", "某某化工有限公司", 150000));
        submit(problems);
        steps.complete(problems, TASK_ACCEPT, "reviewer1", Map.of(MATERIALS_COMPLETE, true));
        steps.complete(problems, TASK_REVIEW, "reviewer1", Map.of(OPINION, Opinion.PROBLEMS.name(),
            PASSED_CHECKS, String.join(",", allChecksBut(ReviewCheck.LAW_DISCRETION)),
            OPINION_TEXT, "罚款数额未说明裁量基准的适用理由，建议补充裁量说理或按基准调整罚款数额。"));
        LOG.info("演示案件 {}：重大执法决定，审核意见为存在问题，待承办机构研究处理", problems);

        String disputed = upToReview(register("某房地产公司违法建设案", Category.COERCION, Action.DEMOLITION, Tier.COUNTY, "城市管理", "某某置业有限公司", 0));
        submit(disputed);
        steps.complete(disputed, TASK_ACCEPT, "reviewer2", Map.of(MATERIALS_COMPLETE, true));
        steps.complete(disputed, TASK_REVIEW, "reviewer2", Map.of(OPINION, Opinion.PROBLEMS.name(),
            PASSED_CHECKS, String.join(",", allChecksBut(ReviewCheck.PROCEDURE)),
            OPINION_TEXT, "强制拆除前未依法催告当事人，程序不合法。"));
        steps.complete(disputed, TASK_ANSWER, "handler2", Map.of(RESPONSE, Response.DISPUTE.name(),
            RESPONSE_TEXT, "已于立案后书面催告，催告书已送达，有异议。"));
        steps.complete(disputed, TASK_NEGOTIATE, "reviewer2", Map.of(NEGOTIATION_RESULT, NegotiationResult.NO_AGREEMENT.name(),
            NEGOTIATION_NOTE, "双方对催告书送达是否合法未达成一致意见。"));
        LOG.info("演示案件 {}：经协商未达成一致，待负责人集体讨论", disputed);

        String inspection = upToReview(register("某加油站安全检查案", Category.INSPECTION, Action.ORDER_RECTIFY, Tier.COUNTY, "应急管理", "某某加油站", 0));
        LOG.info("演示案件 {}：无需法制审核，待负责人决定", inspection);

        String disclosed = decidedPersonFine("刘建华无证经营食品案", "刘建华", "430104198203154418", "13974112345");
        steps.complete(disclosed, DecisionDisclosureProcess.TASK_CHECK_REDACTION, "discloser1", Map.of());
        LOG.info("演示案件 {}：负责人已作出行政处罚决定，脱敏后已在公示平台 /public/ 公示", disclosed);
        String checking = decidedPersonFine("欧阳丽华销售过期食品案", "欧阳丽华", "43010219900718002X", "13807310000");
        LOG.info("演示案件 {}：负责人已作出行政处罚决定，待公示管理员审查脱敏结果", checking);
    }

    /** a fine on a natural person, reviewed and decided: its disclosure starts, with personal data to redact */
    private String decidedPersonFine(String title, String person, String idNumber, String phone) {
        String caseNumber = register(title, Category.PENALTY, Action.FINE, Tier.COUNTY, "市场监管", PartyType.PERSON, person, 3000);
        steps.complete(caseNumber, TASK_INVESTIGATE, "handler1", Map.of(INVESTIGATION_SUMMARY,
            "经查，当事人" + person + "（公民身份号码" + idNumber + "，联系电话" + phone + "）未取得食品经营许可，在其住所附近摆摊销售自制熟食，"
                + "违法所得1200元。", EVIDENCE_LIST, "现场检查笔录、询问笔录、现场照片"));
        draftAndNotify(caseNumber);
        submit(caseNumber);
        steps.complete(caseNumber, TASK_ACCEPT, "reviewer1", Map.of(MATERIALS_COMPLETE, true));
        steps.complete(caseNumber, TASK_REVIEW, "reviewer1", Map.of(OPINION, Opinion.APPROVED.name(),
            PASSED_CHECKS, String.join(",", allChecksBut(null)), OPINION_TEXT, "事实清楚，证据确凿，适用依据正确，程序合法，同意。"));
        steps.complete(caseNumber, TASK_LEADER_DECISION, "leader1", Map.of(LEADER_DECISION, DECIDE,
            DECISION_NUMBER, "演示市监罚〔2026〕" + caseNumber.substring(caseNumber.length() - 3) + "号", LEADER_OPINION, "同意。"));
        return caseNumber;
    }

    private String register(String title, Category category, Action action, Tier tier, String domain, String partyName, int amount) {
        return register(title, category, action, tier, domain, PartyType.ORGANIZATION, partyName, amount);
    }

    private String register(String title, Category category, Action action, Tier tier, String domain, PartyType partyType,
                            String partyName, int amount) {
        Map<String, Object> facts = new HashMap<>();
        facts.put(CASE_TITLE, title);
        facts.put(CATEGORY, category.name());
        facts.put(ACTION, action.name());
        facts.put(PROCEDURE, Procedure.GENERAL.name());
        facts.put(TIER, tier.name());
        facts.put(DOMAIN, domain);
        facts.put(PARTY_TYPE, partyType.name());
        facts.put(PARTY_NAME, partyName);
        facts.put(AMOUNT, amount);
        facts.put(HANDLERS, "handler1,handler2");
        return steps.register(facts);
    }

    private String upToReview(String caseNumber) {
        steps.complete(caseNumber, TASK_INVESTIGATE, "handler1", Map.of(INVESTIGATION_SUMMARY, "执法人员两人出示执法证件，依法开展现场检查并制作笔录。",
            EVIDENCE_LIST, "现场检查笔录、现场照片、询问笔录、营业执照复印件"));
        return draftAndNotify(caseNumber);
    }

    private String draftAndNotify(String caseNumber) {
        String category = (String) engine.getRuntimeService().getVariable(steps.task(caseNumber, TASK_DRAFT_DECISION).getExecutionId(), CATEGORY);
        steps.complete(caseNumber, TASK_DRAFT_DECISION, "handler1", Map.of(
            DECISION_DRAFT, "依据调查认定的事实，拟作出本决定。",
            EVIDENCE_REASONING, "现场检查笔录、询问笔录经当事人签字确认，内容相互印证，予以采信。",
            LEGAL_BASIS, "依据相关法律法规规定。",
            DISCRETION_REASONING, "当事人系初次违法，按裁量基准一般档确定。"));
        if (Category.PENALTY.name().equals(category)) {
            steps.complete(caseNumber, TASK_NOTIFY_PARTY, "handler2", Map.of(PARTY_STATEMENT, "当事人表示将积极整改。",
                STATEMENT_ANSWER, "当事人的陈述已记录在案，不影响违法事实认定。", HEARING_REQUESTED, false, HEARING_HELD, false));
        }
        return caseNumber;
    }

    private void submit(String caseNumber) {
        steps.complete(caseNumber, TASK_SUBMIT, "handler1", Map.of(MATERIALS, String.join(",", MATERIAL_CODES),
            SUBMISSION_NOTE, "现将拟作出的决定及相关材料报送法制审核。"));
    }

    private static List<String> allChecksBut(ReviewCheck failed) {
        return Arrays.stream(ReviewCheck.values()).filter(check -> check != failed).map(Enum::name).toList();
    }

    private static List<String> codes(Enum<?>... values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toList());
    }
}
