package org.sanxiang.workplace;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.sanxiang.deadline.DeadlineRecords;
import org.sanxiang.documents.IssuedDocuments;
import org.sanxiang.enforcement.CaseReaders;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.DecisionDrafts;
import org.sanxiang.enforcement.EnforcementCase;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.NotFoundException;
import org.sanxiang.review.ReviewHistory;
import org.sanxiang.review.ReviewRecords;
import org.sanxiang.review.WrittenOpinion;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff's pages (HTML, Chinese, behind the login): {@code /cases} 我的案件 (search, stage, next deadline,
 * overdue marked) and {@code /cases/{caseNumber}} the case page: facts, stage, open tasks with their holders,
 * deadlines, the enforcement documents issued (执法文书, with their 文号, hash and download), every draft of the
 * decision, the review rounds with links to the printable opinions, and a link to the case's files and record.
 */
@Controller
class CasePages {

    record OpenTask(String name, String holder, java.time.Instant dueAt, boolean overdue) {
    }

    record Step(int round, java.time.Instant at, String actor, String text, Long opinionId) {
    }

    private static final java.time.format.DateTimeFormatter TIME =
        java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

    private final CaseSearch search;
    private final CaseRegister cases;
    private final CaseReaders readers;
    private final Directory directory;
    private final DecisionDrafts drafts;
    private final ReviewRecords records;
    private final DeadlineRecords deadlines;
    private final TaskService tasks;
    private final IssuedDocuments documents;
    private final ProcessEngineConfigurationImpl engine;
    private final String agencyName;

    CasePages(CaseSearch search, CaseRegister cases, CaseReaders readers, Directory directory, DecisionDrafts drafts,
              ReviewRecords records, DeadlineRecords deadlines, TaskService tasks, IssuedDocuments documents,
              ProcessEngineConfigurationImpl engine,
              @Value("${sanxiang.agency-name}") String agencyName) {
        this.search = search;
        this.cases = cases;
        this.readers = readers;
        this.directory = directory;
        this.drafts = drafts;
        this.records = records;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.documents = documents;
        this.engine = engine;
        this.agencyName = agencyName;
    }

    static int pageNumber(String page) {
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("page", "页码应为从 1 开始的整数。");
        }
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String stage,
                @RequestParam(required = false) String handler, @RequestParam(defaultValue = "1") String page,
                Model model, HttpServletResponse response) {
        secure(response);
        ActingUser user = user();
        model.addAttribute("agencyName", agencyName);
        model.addAttribute("time", TIME);
        model.addAttribute("userName", directory.displayName(user.userId()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("stage", stage == null ? "" : stage);
        model.addAttribute("stages", java.util.Arrays.stream(EnforcementCase.Status.values()).map(CaseSearch.STAGES::get).toList());
        model.addAttribute("result", search.search(user, q, stage, handler, pageNumber(page)));
        return "workplace-cases";
    }

    @GetMapping("/cases/{caseNumber}")
    String page(@PathVariable String caseNumber, Model model, HttpServletResponse response) {
        secure(response);
        ActingUser user = user();
        EnforcementCase c = cases.find(caseNumber).orElseThrow(() -> new NotFoundException("案号为“" + caseNumber + "”的案件不存在。"));
        if (!readers.mayRead(user, c)) {
            throw new ActionNotAllowedException("您不是案件 " + caseNumber + " 的承办人，也不是审核、负责人、档案或公示人员，不能调阅本案。");
        }
        model.addAttribute("agencyName", agencyName);
        model.addAttribute("time", TIME);
        model.addAttribute("userName", directory.displayName(user.userId()));
        model.addAttribute("c", c);
        model.addAttribute("row", search.row(c));
        model.addAttribute("tasks", search.openTasks(caseNumber).stream().map(this::openTask).toList());
        model.addAttribute("deadlines", deadlines.ofCase(caseNumber));
        model.addAttribute("documents", documents.ofCase(caseNumber));
        model.addAttribute("drafts", drafts.ofCase(caseNumber).stream().map(d -> new String[] {drafts.render(d), drafts.changes(d)}).toList());
        model.addAttribute("steps", records.ofCase(caseNumber).stream().map(r -> new Step(r.getRound(), r.getRecordedAt(),
            directory.displayName(r.getActor()), ReviewHistory.describe(r), r instanceof WrittenOpinion ? r.getId() : null)).toList());
        return "workplace-case";
    }

    private OpenTask openTask(Task task) {
        String holder;
        if (task.getAssignee() != null) {
            holder = directory.displayName(task.getAssignee()) + "（已领取）";
        } else {
            List<IdentityLink> links = engine.getCommandExecutorTxRequired().execute(context ->
                context.runWithoutAuthorization(() -> tasks.getIdentityLinksForTask(task.getId())));
            holder = String.join("、", links.stream().filter(l -> "candidate".equals(l.getType()))
                .map(l -> l.getUserId() != null ? directory.displayName(l.getUserId()) : Groups.label(l.getGroupId())).toList())
                + "（待领取）";
        }
        java.time.Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new OpenTask(task.getName(), holder, due,
            due != null && due.isBefore(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()));
    }

    private ActingUser user() {
        return directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。"));
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
        response.setHeader("Cache-Control", "no-store");
    }
}
