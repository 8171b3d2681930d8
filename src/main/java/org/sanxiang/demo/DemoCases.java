package org.sanxiang.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.sanxiang.disclosure.DecisionDisclosureProcess;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.sanxiang.people.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A handful of sample cases in different states, so that a first look shows real work. Created once,
 * on a database without cases, by driving the processes as the demo users would.
 */
@Component
@Profile("demo")
@Order(30)
public class DemoCases implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
    private static final String ALL_CHECKS = "SUBJECT,QUALIFICATION,PROCEDURE,FACTS_EVIDENCE,LAW_DISCRETION,AUTHORITY,DOCUMENTS,CRIME_REFERRAL";
    private static final String MATERIALS = "DRAFT_DECISION,DOCUMENTS,EVIDENCE,PARTY_STATEMENT,PROCESS_RECORD";

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final Directory directory;

    public DemoCases(RuntimeService runtimeService, TaskService taskService, IdentityService identityService, Directory directory) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (runtimeService.createProcessInstanceQuery().processDefinitionKey(EnforcementCaseProcess.PROCESS_KEY).count() > 0) {
            return;
        }
        String waiting = register("某超市销售过期食品案", "PENALTY", "FINE", "COUNTY", "市场监管", "ORGANIZATION", "某某超市有限公司", 30000);
        LOG.info("演示案件 {}：待调查取证", waiting);

        String general = upToReview(register("某餐馆未公示许可证件案", "PENALTY", "WARNING", "TOWNSHIP", "市场监管", "ORGANIZATION", "某某餐馆", 0));
        LOG.info("演示案件 {}：一般程序行政处罚，待报送法制审核材料", general);

        String returned = upToReview(register("某建材公司销售不合格钢筋案", "PENALTY", "FINE", "COUNTY", "市场监管", "ORGANIZATION", "某某建材有限公司", 80000));
        submit(returned);
        complete(returned, "accept-submission", "reviewer1", Map.of("materialsComplete", false,
            "missingMaterials", "缺少钢筋抽样检验报告原件及送达回证。"));
        LOG.info("演示案件 {}：重大执法决定，送审材料被退回补充", returned);

        String problems = upToReview(register("某化工企业超标排放案", "PENALTY", "FINE", "CITY", "生态环境", "ORGANIZATION", "某某化工有限公司", 150000));
        submit(problems);
        complete(problems, "accept-submission", "reviewer1", Map.of("materialsComplete", true));
        complete(problems, "review-decision", "reviewer1", Map.of("opinion", "PROBLEMS",
            "passedChecks", "SUBJECT,QUALIFICATION,PROCEDURE,FACTS_EVIDENCE,AUTHORITY,DOCUMENTS,CRIME_REFERRAL",
            "opinionText", "罚款数额未说明裁量基准的适用理由，建议补充裁量说理或按基准调整罚款数额。"));
        LOG.info("演示案件 {}：重大执法决定，审核意见为存在问题，待承办机构研究处理", problems);

        String disputed = upToReview(register("某房地产公司违法建设案", "COERCION", "DEMOLITION", "COUNTY", "城市管理", "ORGANIZATION", "某某置业有限公司", 0));
        submit(disputed);
        complete(disputed, "accept-submission", "reviewer2", Map.of("materialsComplete", true));
        complete(disputed, "review-decision", "reviewer2", Map.of("opinion", "PROBLEMS",
            "passedChecks", "SUBJECT,QUALIFICATION,FACTS_EVIDENCE,LAW_DISCRETION,AUTHORITY,DOCUMENTS,CRIME_REFERRAL",
            "opinionText", "强制拆除前未依法催告当事人，程序不合法。"));
        complete(disputed, "answer-opinion", "handler2", Map.of("response", "DISPUTE",
            "responseText", "已于立案后书面催告，催告书已送达，有异议。"));
        complete(disputed, "negotiate", "reviewer2", Map.of("negotiationResult", "NO_AGREEMENT",
            "negotiationNote", "双方对催告书送达是否合法未达成一致意见。"));
        LOG.info("演示案件 {}：经协商未达成一致，待负责人集体讨论", disputed);

        String inspection = upToReview(register("某加油站安全检查案", "INSPECTION", "ORDER_RECTIFY", "COUNTY", "应急管理", "ORGANIZATION", "某某加油站", 0));
        LOG.info("演示案件 {}：无需法制审核，待负责人决定", inspection);

        String disclosed = decidedPersonFine("刘建华无证经营食品案", "刘建华", "430104198203154418", "13974112345");
        complete(disclosed, DecisionDisclosureProcess.TASK_CHECK_REDACTION, "discloser1", Map.of());
        LOG.info("演示案件 {}：负责人已作出行政处罚决定，脱敏后已在公示平台 /public/ 公示", disclosed);
        String checking = decidedPersonFine("欧阳丽华销售过期食品案", "欧阳丽华", "43010219900718002X", "13807310000");
        LOG.info("演示案件 {}：负责人已作出行政处罚决定，待公示管理员审查脱敏结果", checking);
    }

    /** a fine on a natural person, reviewed and decided: its disclosure starts, with personal data to redact */
    private String decidedPersonFine(String title, String person, String idNumber, String phone) {
        String caseNumber = register(title, "PENALTY", "FINE", "COUNTY", "市场监管", "PERSON", person, 3000);
        complete(caseNumber, EnforcementCaseProcess.TASK_INVESTIGATE, "handler1", Map.of(EnforcementCaseProcess.INVESTIGATION_SUMMARY,
            "经查，当事人" + person + "（公民身份号码" + idNumber + "，联系电话" + phone + "）未取得食品经营许可，在其住所附近摆摊销售自制熟食，"
                + "违法所得1200元。", EnforcementCaseProcess.EVIDENCE_LIST, "现场检查笔录、询问笔录、现场照片"));
        upToReview(caseNumber);
        submit(caseNumber);
        complete(caseNumber, "accept-submission", "reviewer1", Map.of("materialsComplete", true));
        complete(caseNumber, "review-decision", "reviewer1", Map.of("opinion", "APPROVED", "passedChecks", ALL_CHECKS,
            "opinionText", "事实清楚，证据确凿，适用依据正确，程序合法，同意。"));
        complete(caseNumber, EnforcementCaseProcess.TASK_LEADER_DECISION, "leader1", Map.of(EnforcementCaseProcess.LEADER_DECISION,
            EnforcementCaseProcess.DECIDE, EnforcementCaseProcess.DECISION_NUMBER, "演示市监罚〔2026〕" + caseNumber.substring(caseNumber.length() - 3) + "号",
            EnforcementCaseProcess.LEADER_OPINION, "同意。"));
        return caseNumber;
    }

    private String register(String title, String category, String action, String tier, String domain,
                            String partyType, String partyName, int amount) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("caseTitle", title);
        facts.put("category", category);
        facts.put("action", action);
        facts.put("procedure", "GENERAL");
        facts.put("tier", tier);
        facts.put("domain", domain);
        facts.put("partyType", partyType);
        facts.put("partyName", partyName);
        facts.put("amount", amount);
        facts.put("handlers", "handler1,handler2");
        return as("handler1", () -> runtimeService.startProcessInstanceByKey(EnforcementCaseProcess.PROCESS_KEY, facts).getBusinessKey());
    }

    private String upToReview(String caseNumber) {
        if (task(caseNumber, "investigate") != null) {
            complete(caseNumber, "investigate", "handler1", Map.of("investigationSummary", "执法人员两人出示执法证件，依法开展现场检查并制作笔录。",
                "evidenceList", "现场检查笔录、现场照片、询问笔录、营业执照复印件"));
        }
        String category = (String) runtimeService.getVariable(task(caseNumber, "draft-decision").getExecutionId(), "category");
        complete(caseNumber, "draft-decision", "handler1", Map.of(
            "decisionDraft", "依据调查认定的事实，拟作出本决定。",
            "evidenceReasoning", "现场检查笔录、询问笔录经当事人签字确认，内容相互印证，予以采信。",
            "legalBasis", "依据相关法律法规规定。",
            "discretionReasoning", "当事人系初次违法，按裁量基准一般档确定。"));
        if ("PENALTY".equals(category)) {
            complete(caseNumber, "notify-party", "handler2", Map.of("partyStatement", "当事人表示将积极整改。",
                "statementAnswer", "当事人的陈述已记录在案，不影响违法事实认定。", "hearingRequested", false, "hearingHeld", false));
        }
        return caseNumber;
    }

    private void submit(String caseNumber) {
        complete(caseNumber, "submit-materials", "handler1", Map.of("materials", MATERIALS,
            "submissionNote", "现将拟作出的决定及相关材料报送法制审核。"));
    }

    private Task task(String caseNumber, String taskKey) {
        return taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey(taskKey).singleResult();
    }

    private void complete(String caseNumber, String taskKey, String userId, Map<String, Object> variables) {
        Task task = task(caseNumber, taskKey);
        as(userId, () -> {
            taskService.claim(task.getId(), userId);
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    private <T> T as(String userId, java.util.function.Supplier<T> action) {
        List<String> groups = directory.groupsOf(userId);
        identityService.setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
