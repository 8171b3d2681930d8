package org.sanxiang.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.people.ReviewerEligibility;
import org.sanxiang.tasks.Holder;
import org.sanxiang.tasks.TaskRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who holds a task, as people to write to: its assignee, or else its candidate users and the
 * members of its candidate groups, for review work only those who may act on the case's review
 * ({@link ReviewerEligibility}: not its handlers, not the recused, not the unqualified). Looked up
 * regardless of the caller's authorizations.
 */
@Component
public class TaskHolders {

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final ObjectProvider<TaskRules> taskRules;
    private final CaseRegister cases;
    private final ReviewerEligibility reviewers;

    public TaskHolders(IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration,
                       ObjectProvider<TaskRules> taskRules, CaseRegister cases, ReviewerEligibility reviewers) {
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
        this.taskRules = taskRules;
        this.cases = cases;
        this.reviewers = reviewers;
    }

    /** the people who hold a task, given its assignee and identity links */
    public List<User> of(String taskKey, String caseNumber, String assignee, Collection<? extends IdentityLink> links) {
        Set<String> userIds = new LinkedHashSet<>();
        if (assignee != null) {
            userIds.add(assignee);
        } else {
            for (IdentityLink link : links) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getUserId() != null) {
                    userIds.add(link.getUserId());
                } else if (link.getGroupId() != null) {
                    userIds.addAll(members(link.getGroupId()));
                }
            }
            boolean recuse = taskRules.getObject().holder(taskKey).map(Holder::recuseHandlers).orElse(false);
            if (recuse && caseNumber != null) {
                // only those who may act on the review are told: not the case's handlers, not the declared recused,
                // not reviewers without the legal qualification
                cases.find(caseNumber).ifPresent(c -> userIds.removeIf(userId ->
                    reviewers.refusal(userId, caseNumber, c.isHandler(userId)).isPresent()));
            }
        }
        return users(userIds);
    }

    /** the users with these ids that exist */
    public List<User> ofUsers(Collection<String> userIds) {
        return users(new LinkedHashSet<>(userIds));
    }

    /** the members of the groups */
    public List<User> membersOf(Collection<String> groupIds) {
        Set<String> userIds = new LinkedHashSet<>();
        groupIds.forEach(group -> userIds.addAll(members(group)));
        return users(userIds);
    }

    private List<String> members(String groupId) {
        return withoutAuthorization(() -> identityService.createUserQuery().memberOfGroup(groupId).list()
            .stream().map(User::getId).toList());
    }

    private List<User> users(Set<String> userIds) {
        List<User> users = new ArrayList<>();
        for (String userId : userIds) {
            Optional.ofNullable(withoutAuthorization(() -> identityService.createUserQuery().userId(userId).singleResult()))
                .ifPresent(users::add);
        }
        return users;
    }

    private <T> T withoutAuthorization(java.util.function.Supplier<T> query) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context ->
            context.runWithoutAuthorization(query::get));
    }
}
