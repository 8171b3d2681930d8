package org.sanxiang.disclosure;

import static org.sanxiang.disclosure.DecisionDisclosureProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.ConflictException;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recording why a published decision must be withdrawn (the 复议/诉讼 outcome: an administrator or
 * the case's handler) or corrected (a discloser, the case's handler or an administrator): each
 * starts the task of {@code decision-disclosure} with its deadline.
 */
@RestController
@RequestMapping("/api/disclosures/{caseNumber}")
class DisclosureRequestController {

    record WithdrawalRequest(String outcome, String reason) {
    }

    record CorrectionRequest(String reason) {
    }

    record Accepted(String caseNumber, String message) {
    }

    private final DisclosureRepository disclosures;
    private final CaseRegister cases;
    private final Directory directory;
    private final RuntimeService runtimeService;
    private final ProcessEngineConfigurationImpl engine;
    private final ApplicationEventPublisher events;

    DisclosureRequestController(DisclosureRepository disclosures, CaseRegister cases, Directory directory,
                                RuntimeService runtimeService, ProcessEngineConfigurationImpl engine, ApplicationEventPublisher events) {
        this.disclosures = disclosures;
        this.cases = cases;
        this.directory = directory;
        this.runtimeService = runtimeService;
        this.engine = engine;
        this.events = events;
    }

    @PostMapping("/withdrawal")
    @Transactional
    public Accepted withdrawal(@PathVariable String caseNumber, @RequestBody WithdrawalRequest request) {
        ActingUser user = published(caseNumber, false);
        WithdrawalOutcome outcome;
        try {
            outcome = WithdrawalOutcome.valueOf(String.valueOf(request.outcome()).strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("outcome", "请选择复议或诉讼结果：REVOKED（决定被撤销）、CONFIRMED_ILLEGAL（决定被确认违法）或 REMADE（决定被要求重新作出）。");
        }
        String reason = text("reason", "撤下原因（复议或诉讼结果的文书及要点）", request.reason());
        correlate(caseNumber, MESSAGE_WITHDRAWAL, Map.of(WITHDRAWAL_OUTCOME, outcome.name(), WITHDRAWAL_REASON,
            outcome.label() + "：" + reason, REQUESTED_BY, user.userId()));
        events.publishEvent(new DisclosureWithdrawalRequested(caseNumber, user.userId(), ClockUtil.getCurrentTime().toInstant(),
            outcome.name(), reason));
        return new Accepted(caseNumber, "已记录" + outcome.label() + "，公示管理员须在期限内撤下该决定的公示信息。");
    }

    @PostMapping("/correction")
    @Transactional
    public Accepted correction(@PathVariable String caseNumber, @RequestBody CorrectionRequest request) {
        ActingUser user = published(caseNumber, true);
        String reason = text("reason", "不准确之处", request.reason());
        correlate(caseNumber, MESSAGE_CORRECTION, Map.of(CORRECTION_REASON, reason, REQUESTED_BY, user.userId()));
        events.publishEvent(new DisclosureCorrectionRequested(caseNumber, user.userId(), ClockUtil.getCurrentTime().toInstant(), reason));
        return new Accepted(caseNumber, "已记录公示信息的不准确之处，公示管理员须在 20 个工作日内更正。");
    }

    private ActingUser published(String caseNumber, boolean disclosersToo) {
        ActingUser user = directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。"));
        boolean handler = cases.find(caseNumber).map(c -> c.isHandler(user.userId())).orElse(false);
        if (!handler && !user.isIn(Groups.CAMUNDA_ADMIN) && !(disclosersToo && user.isIn(Groups.DISCLOSER))) {
            throw new ActionNotAllowedException("只有本案承办人或系统管理员" + (disclosersToo ? "、公示管理员" : "") + "可以记录此事项。");
        }
        Disclosure disclosure = disclosures.findByCaseNumber(caseNumber)
            .orElseThrow(() -> new NotFoundException("案件 " + caseNumber + " 没有公示信息。"));
        if (disclosure.getStatus() != DisclosureStatus.PUBLISHED) {
            throw new ConflictException("案件 " + caseNumber + " 的决定目前未在公示中，无需撤下或更正。");
        }
        return user;
    }

    private void correlate(String caseNumber, String message, Map<String, Object> variables) {
        boolean done = engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
            !runtimeService.createMessageCorrelation(message)
                .processInstanceBusinessKey(caseNumber).setVariables(variables).correlateAllWithResult().isEmpty()));
        if (!done) {
            throw new ConflictException("案件 " + caseNumber + " 的撤下已在办理中，不能重复记录。");
        }
    }

    private static String text(String field, String label, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "请填写" + label + "。");
        }
        if (value.strip().length() > 1_000) {
            throw new InvalidInputException(field, label + "过长：最多1000个字。");
        }
        return value.strip();
    }
}
