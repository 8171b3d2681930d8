package org.sanxiang.disclosure;

import static org.sanxiang.disclosure.DecisionDisclosureProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The discloser's check of a redaction ({@code check-redaction}), linked from the task's form:
 * {@code GET /disclosures/{caseNumber}/check} shows the original and the text to be published side
 * by side, every masked span marked in both, and {@code POST /api/disclosures/{caseNumber}/check/mask}
 * {@code {"phrase"}} and {@code …/check/unmask} {@code {"phrase","reason"}} change it at once (the
 * task's fields follow). Completing the task in Tasklist publishes. Only disclosers, while the task
 * is open and not claimed by someone else.
 */
@Controller
class RedactionCheckPage {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
        + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** a run of text: masked (with what it is) or not */
    record Part(String text, boolean masked, String kind) {
    }

    record Masked(String kind, String text, String replacement) {
    }

    record MaskRequest(String phrase) {
    }

    record UnmaskRequest(String phrase, String reason) {
    }

    record Changed(String caseNumber, String publishedText) {
    }

    private final DisclosureRepository disclosures;
    private final RedactionCheck check;
    private final Directory directory;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ProcessEngineConfigurationImpl engine;

    RedactionCheckPage(DisclosureRepository disclosures, RedactionCheck check, Directory directory, TaskService tasks,
                       RuntimeService runtime, ProcessEngineConfigurationImpl engine) {
        this.disclosures = disclosures;
        this.check = check;
        this.directory = directory;
        this.tasks = tasks;
        this.runtime = runtime;
        this.engine = engine;
    }

    @GetMapping(path = "/disclosures/{caseNumber}/check", produces = "text/html")
    String page(@PathVariable String caseNumber, Model model, HttpSession session, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-store");
        ActingUser user = discloser();
        Task task = openTask(caseNumber, user);
        Disclosure disclosure = disclosures.findById(disclosureId(task)).orElseThrow();
        Redaction redaction = RedactionCheck.current(disclosure);
        Object token = session == null ? null : session.getAttribute("CAMUNDA_CSRF_TOKEN");
        model.addAttribute("csrfToken", token == null ? "" : token.toString());
        model.addAttribute("caseNumber", caseNumber);
        model.addAttribute("title", disclosure.getTitle());
        model.addAttribute("userName", directory.displayName(user.userId()));
        model.addAttribute("original", parts(redaction, true));
        model.addAttribute("published", parts(redaction, false));
        Map<String, Masked> distinct = new LinkedHashMap<>();
        redaction.spans().forEach(s -> distinct.putIfAbsent(s.text(), new Masked(s.kind().label(), s.text(), s.replacement())));
        model.addAttribute("spans", new ArrayList<>(distinct.values()));
        model.addAttribute("note", disclosure.getCheckNote());
        return "disclosure-check";
    }

    @PostMapping("/api/disclosures/{caseNumber}/check/mask")
    @ResponseBody
    @Transactional
    public Changed mask(@PathVariable String caseNumber, @RequestBody MaskRequest request) {
        return change(caseNumber, DisclosureTaskRules.phrases(request.phrase()), List.of(), null);
    }

    @PostMapping("/api/disclosures/{caseNumber}/check/unmask")
    @ResponseBody
    @Transactional
    public Changed unmask(@PathVariable String caseNumber, @RequestBody UnmaskRequest request) {
        List<String> phrase = request.phrase() == null || request.phrase().isBlank() ? List.of() : List.of(request.phrase().strip());
        String reason = request.reason() == null ? null : request.reason().strip();
        return change(caseNumber, List.of(), phrase, reason != null && reason.length() > 1_000 ? reason.substring(0, 1_000) : reason);
    }

    private Changed change(String caseNumber, List<String> more, List<String> unmask, String reason) {
        Task task = openTask(caseNumber, discloser());
        long id = disclosureId(task);
        if (more.isEmpty() && unmask.isEmpty()) {
            throw new InvalidInputException("phrase", "请填写需增加或取消遮盖的内容。");
        }
        Redaction now = RedactionCheck.current(check.apply(id, more, unmask, reason));
        engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            runtime.setVariables(task.getExecutionId(), Map.of(ORIGINAL_TEXT, now.original(), REDACTED_TEXT, now.text(),
                MASKED_SPANS, now.marked()));
            return null;
        }));
        return new Changed(caseNumber, now.text());
    }

    private long disclosureId(Task task) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
            ((Number) runtime.getVariable(task.getExecutionId(), DISCLOSURE_ID)).longValue()));
    }

    private ActingUser discloser() {
        ActingUser user = directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。"));
        if (!user.isIn(Groups.DISCLOSER)) {
            throw new ActionNotAllowedException("只有公示管理员可以审查脱敏结果。");
        }
        return user;
    }

    private Task openTask(String caseNumber, ActingUser user) {
        Task task = engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
            tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(TASK_CHECK_REDACTION).singleResult()));
        if (task == null) {
            throw new NotFoundException("案件 " + caseNumber + " 没有待审查的脱敏结果（“审查脱敏结果”任务不存在或已办结）。");
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.userId())) {
            throw new ActionNotAllowedException("“审查脱敏结果”任务已由" + directory.displayName(task.getAssignee()) + "领取。");
        }
        return task;
    }

    /** the original (masked spans as they were) or the published text (their replacements), in runs */
    static List<Part> parts(Redaction redaction, boolean original) {
        List<Part> parts = new ArrayList<>();
        int at = 0;
        for (Span span : redaction.spans()) {
            if (span.start() > at) {
                parts.add(new Part(redaction.original().substring(at, span.start()), false, null));
            }
            parts.add(new Part(original ? span.text() : span.replacement(), true, span.kind().label()));
            at = span.end();
        }
        if (at < redaction.original().length()) {
            parts.add(new Part(redaction.original().substring(at), false, null));
        }
        return parts;
    }
}
