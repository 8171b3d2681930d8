package org.sanxiang.enforcement;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.tasks.Holder;
import org.sanxiang.catalog.Category;
import org.sanxiang.tasks.Inputs;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.tasks.FormTaskRule;
import org.springframework.stereotype.Component;

/** The user tasks of {@code enforcement-case}: who holds them and what completing each takes. */
@Component
public class CaseTaskRules extends FormTaskRule {

    private static final Map<String, String> LABELS = Map.ofEntries(
        Map.entry(INVESTIGATION_SUMMARY, "调查情况"),
        Map.entry(EVIDENCE_LIST, "证据清单"),
        Map.entry(DECISION_DRAFT, "拟作出决定内容"),
        Map.entry(PARTY_MINOR, "当事人为未成年人"),
        Map.entry(STATE_SECRET, "涉及国家秘密"),
        Map.entry(COMMERCIAL_SECRET, "涉及商业秘密"),
        Map.entry(PERSONAL_PRIVACY, "涉及个人隐私"),
        Map.entry(PENALTIES, "处罚种类"),
        Map.entry(FINE_AMOUNT, "罚款金额（元）"),
        Map.entry(CONFISCATION_AMOUNT, "没收违法所得金额（元）"),
        Map.entry(EVIDENCE_REASONING, "证据采信理由"),
        Map.entry(LEGAL_BASIS, "法律依据选择"),
        Map.entry(DISCRETION_REASONING, "裁量基准适用说明"),
        Map.entry(PARTY_STATEMENT, "当事人陈述申辩意见"),
        Map.entry(STATEMENT_ANSWER, "对陈述申辩的采纳情况及理由"),
        Map.entry(HEARING_REQUESTED, "当事人要求听证"),
        Map.entry(HEARING_HELD, "已举行听证"),
        Map.entry(LEADER_DECISION, "负责人决定"),
        Map.entry(LEADER_OPINION, "负责人意见"),
        Map.entry(DECISION_NUMBER, "决定书文号"),
        Map.entry(SERVICE_METHOD, "送达方式"),
        Map.entry(SERVICE_NOTE, "送达情况"),
        Map.entry(EXECUTION_RESULT, "执行情况"),
        Map.entry(ARCHIVE_NUMBER, "档案号"),
        Map.entry(TRANSFER_NOTE, "移送情况"));

    private final CaseFactsValidator validator;
    private final CaseRegister cases;
    private final ReviewGate gate;
    private final DecisionDrafts drafts;
    private final Directory directory;
    private final DecisionPenalties penalties;

    public CaseTaskRules(CaseFactsValidator validator, CaseRegister cases, ReviewGate gate, DecisionDrafts drafts,
                         Directory directory, DecisionPenalties penalties) {
        super(Set.of(TASK_INVESTIGATE, TASK_DRAFT_DECISION, TASK_NOTIFY_PARTY, TASK_LEADER_DECISION,
            TASK_SERVE_DECISION, TASK_EXECUTE_DECISION, TASK_ARCHIVE_CASE, TASK_TRANSFER_JUDICIAL), LABELS);
        this.validator = validator;
        this.cases = cases;
        this.gate = gate;
        this.drafts = drafts;
        this.directory = directory;
        this.penalties = penalties;
    }

    @Override
    public Holder holder(String taskKey) {
        return switch (taskKey) {
            case TASK_LEADER_DECISION, TASK_TRANSFER_JUDICIAL -> Holder.group(Groups.LEADER);
            case TASK_ARCHIVE_CASE -> Holder.group(Groups.ARCHIVIST);
            default -> Holder.caseHandlers();
        };
    }

    @Override
    public void created(DelegateTask task) {
        if (TASK_LEADER_DECISION.equals(task.getTaskDefinitionKey())) {
            gate.assertDecisionAllowed(task.getExecution().getProcessBusinessKey());
        }
        if (TASK_INVESTIGATE.equals(task.getTaskDefinitionKey())) {
            // the handler who registers the case finds its first task in 我的待办
            EnforcementCase registered = cases.get(task.getExecution().getProcessBusinessKey());
            if (registered.getRegisteredBy() != null && registered.isHandler(registered.getRegisteredBy())) {
                task.setAssignee(registered.getRegisteredBy());
            }
        }
    }

    @Override
    protected void completing(DelegateTask task, Inputs in, ActingUser user) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        switch (task.getTaskDefinitionKey()) {
            case TASK_INVESTIGATE -> {
                in.text(INVESTIGATION_SUMMARY, LONG_TEXT);
                in.text(EVIDENCE_LIST, LONG_TEXT);
            }
            case TASK_DRAFT_DECISION -> draftDecision(task, in, caseNumber, user);
            case TASK_NOTIFY_PARTY -> {
                boolean statement = in.optionalText(PARTY_STATEMENT, LONG_TEXT) != null;
                if (statement) {
                    in.text(STATEMENT_ANSWER, LONG_TEXT);
                }
                task.setVariable(HEARING_REQUESTED, in.flag(HEARING_REQUESTED));
                task.setVariable(HEARING_HELD, in.flag(HEARING_HELD));
            }
            case TASK_LEADER_DECISION -> leaderDecision(task, in, caseNumber);
            case TASK_SERVE_DECISION -> {
                in.choice(SERVICE_METHOD, ServiceMethod.class, ServiceMethod::label);
                in.text(SERVICE_NOTE, LONG_TEXT);
            }
            case TASK_EXECUTE_DECISION -> in.text(EXECUTION_RESULT, LONG_TEXT);
            case TASK_ARCHIVE_CASE -> in.text(ARCHIVE_NUMBER, 100);
            case TASK_TRANSFER_JUDICIAL -> in.text(TRANSFER_NOTE, LONG_TEXT);
            default -> throw unexpected(task);
        }
    }

    private void draftDecision(DelegateTask task, Inputs in, String caseNumber, ActingUser user) {
        CaseFacts facts = validator.read(task.getVariables());
        EnforcementCase enforcementCase = cases.get(caseNumber);
        if (!facts.category().name().equals(enforcementCase.getCategory())) {
            throw new InvalidInputException(CATEGORY, "执法类别立案后不能更改：本案为“"
                + Category.valueOf(enforcementCase.getCategory()).label() + "”。");
        }
        if (!facts.handlers().equals(enforcementCase.handlerIds())) {
            throw new InvalidInputException(HANDLERS, "承办人不能在拟作出决定时更改：本案承办人为 "
                + String.join("、", enforcementCase.handlerIds()) + "。");
        }
        String draft = in.text(DECISION_DRAFT, LONG_TEXT);
        String evidence = in.text(EVIDENCE_REASONING, LONG_TEXT);
        String basis = in.text(LEGAL_BASIS, LONG_TEXT);
        String discretion = in.text(DISCRETION_REASONING, LONG_TEXT);
        Map<PenaltyKind, BigDecimal> imposed = DecisionPenalties.read(in, facts.category());
        for (String flag : new String[] {PARTY_MINOR, STATE_SECRET, COMMERCIAL_SECRET, PERSONAL_PRIVACY}) {
            CaseVariables.setIfChanged(task, flag, in.flag(flag));
        }
        CaseVariables.write(task.getExecution(), facts);
        CaseVariables.setIfChanged(task, PENALTIES, Inputs.asChecklist(List.copyOf(imposed.keySet())));
        for (PenaltyKind kind : List.of(PenaltyKind.FINE, PenaltyKind.CONFISCATION)) {
            CaseVariables.setIfChanged(task, DecisionPenalties.amountField(kind), imposed.containsKey(kind) ? imposed.get(kind).doubleValue() : null);
        }
        penalties.keep(caseNumber, imposed);
        // every draft is kept; the review forms show this one and what changed since the last
        DecisionDraft kept = drafts.keep(caseNumber, facts.action().name(), facts.amount(), draft, evidence, basis, discretion, user.userId());
        task.setVariable(DRAFT_VERSION, kept.getVersion());
        task.setVariable(DRAFT_TEXT, drafts.render(kept));
        task.setVariable(DRAFT_CHANGES, drafts.changes(kept));
        task.getExecution().removeVariable(OPINION_TO_ANSWER);
        CaseVariables.setIfChanged(task, CASE_SUMMARY, CaseVariables.summary(caseNumber, facts, null, null, directory::displayName));
        enforcementCase.updateDecisionFacts(facts);
        enforcementCase.draftRevised();
        cases.save(enforcementCase);
    }

    private void leaderDecision(DelegateTask task, Inputs in, String caseNumber) {
        LeaderDecision decision = in.choice(LEADER_DECISION, LeaderDecision.class, LeaderDecision::label);
        in.text(LEADER_OPINION, LONG_TEXT);
        if (decision == LeaderDecision.DECIDE) {
            gate.assertDecisionAllowed(caseNumber);
            String number = in.text(DECISION_NUMBER, 100);
            EnforcementCase enforcementCase = cases.get(caseNumber);
            enforcementCase.decided(number);
            cases.save(enforcementCase);
        }
    }
}
