package org.sanxiang.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.EnforcementCase;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.sanxiang.notification.MailComposer.TaskMail;
import org.sanxiang.review.LegalReviewProcess;
import org.sanxiang.tasks.TaskObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What the application tells people by mail. Every mail goes to the outbox in the caller's
 * transaction. People without a mail address are skipped (and logged).
 */
@Component("notifications")
@Order(100)
public class Notifications implements TaskObserver {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);

    private final NotificationOutbox outbox;
    private final MailComposer composer;
    private final TaskHolders holders;
    private final TaskService taskService;
    private final CaseRegister cases;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    public Notifications(NotificationOutbox outbox, MailComposer composer, TaskHolders holders, TaskService taskService,
                         CaseRegister cases, ProcessEngineConfigurationImpl engineConfiguration) {
        this.outbox = outbox;
        this.composer = composer;
        this.holders = holders;
        this.taskService = taskService;
        this.cases = cases;
        this.engineConfiguration = engineConfiguration;
    }

    /**
     * Tasks offered alongside the real work, to be done only if needed (asking for an extension):
     * their creation is not mailed, or every acceptance of a review would mail every reviewer.
     */
    static final Set<String> OPTIONAL_TASKS = Set.of(LegalReviewProcess.REQUEST_EXTENSION_TASK_BEFORE_1_3,
        EnforcementCaseProcess.TASK_REQUEST_SEIZURE_EXTENSION);

    /** a new task: its holders are told (optional tasks excepted) */
    @Override
    public void created(DelegateTask task) {
        if (OPTIONAL_TASKS.contains(task.getTaskDefinitionKey())) {
            return;
        }
        String caseNumber = task.getExecution().getProcessBusinessKey();
        List<User> to = holders.of(task.getTaskDefinitionKey(), caseNumber, task.getAssignee(), task.getCandidates());
        TaskMail mail = new TaskMail(caseNumber, caseTitle(caseNumber), task.getId(), task.getName(), task.getDueDate());
        send(NotificationKind.TASK_CREATED, to, mail, "您有一项新的待办任务：“" + task.getName() + "”。");
    }

    /**
     * A reminder or an escalation about the open tasks with the key in the process instance: to
     * their holders and to the members of the groups named.
     *
     * @return how many mails were written
     */
    public int aboutOpenTask(NotificationKind kind, String processInstanceId, String taskKey, String deadlineName, Date deadline,
                             String headline, Collection<String> alsoGroups) {
        List<Task> tasks = openTasks(processInstanceId, taskKey);
        int written = 0;
        for (Task task : tasks) {
            String caseNumber = caseNumberOf(processInstanceId);
            List<User> to = new ArrayList<>(holders.of(task.getTaskDefinitionKey(), caseNumber, task.getAssignee(),
                identityLinks(task.getId())));
            to.addAll(holders.membersOf(alsoGroups));
            written += send(kind, to, new TaskMail(caseNumber, caseTitle(caseNumber), task.getId(),
                task.getName() + "（" + deadlineName + "）", deadline), headline);
        }
        if (tasks.isEmpty() && !alsoGroups.isEmpty()) {
            String caseNumber = caseNumberOf(processInstanceId);
            written += send(kind, holders.membersOf(alsoGroups), new TaskMail(caseNumber, caseTitle(caseNumber), null,
                deadlineName, deadline), headline);
        }
        return written;
    }

    /**
     * A reminder or an escalation about a deadline of the case as a whole: to the given people and
     * groups, with a link to the case's first open task, if any.
     */
    public int aboutCase(NotificationKind kind, String caseNumber, String processInstanceId, String deadlineName, Date deadline,
                         String headline, Collection<String> userIds, Collection<String> groups) {
        List<User> to = new ArrayList<>(holders.ofUsers(userIds));
        to.addAll(holders.membersOf(groups));
        String taskId = openTasks(processInstanceId, null).stream().findFirst().map(Task::getId).orElse(null);
        return send(kind, to, new TaskMail(caseNumber, caseTitle(caseNumber), taskId, deadlineName, deadline), headline);
    }

    private int send(NotificationKind kind, List<User> recipients, TaskMail task, String headline) {
        Map<String, User> unique = new LinkedHashMap<>();
        recipients.forEach(user -> unique.putIfAbsent(user.getId(), user));
        int written = 0;
        for (User user : unique.values()) {
            if (user.getEmail() == null || user.getEmail().isBlank()) {
                log.warn("User {} has no mail address; not told about {} of case {}", user.getId(), task.taskName(), task.caseNumber());
                continue;
            }
            if (outbox.enqueue(composer.aboutTask(kind, user, task, headline))) {
                written++;
            }
        }
        return written;
    }

    private List<Task> openTasks(String processInstanceId, String taskKey) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            var query = taskService.createTaskQuery().processInstanceId(processInstanceId);
            if (taskKey != null) {
                query.taskDefinitionKey(taskKey);
            }
            return query.orderByTaskCreateTime().asc().list();
        }));
    }

    private List<org.camunda.bpm.engine.task.IdentityLink> identityLinks(String taskId) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context ->
            context.runWithoutAuthorization(() -> taskService.getIdentityLinksForTask(taskId)));
    }

    private String caseNumberOf(String processInstanceId) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context ->
            context.getExecutionManager().findExecutionById(processInstanceId).getBusinessKey());
    }

    private String caseTitle(String caseNumber) {
        return cases.find(caseNumber).map(EnforcementCase::getTitle).orElse(null);
    }
}
