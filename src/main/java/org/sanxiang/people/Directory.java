package org.sanxiang.people;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who is acting and which groups a user belongs to. Membership is looked up without the caller's
 * authorizations: a rule such as "only reviewers review" must hold whoever asks.
 */
@Component
public class Directory {

    private final IdentityService identityService;
    private final ProcessEngineConfigurationImpl engineConfiguration;

    public Directory(IdentityService identityService, ProcessEngineConfigurationImpl engineConfiguration) {
        this.identityService = identityService;
        this.engineConfiguration = engineConfiguration;
    }

    /** the authenticated user of the current call, if any */
    public Optional<ActingUser> actingUser() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        List<String> groups = authentication.getGroupIds();
        if (groups == null || groups.isEmpty()) {
            groups = groupsOf(authentication.getUserId());
        }
        return Optional.of(new ActingUser(authentication.getUserId(), groups));
    }

    public boolean isMember(String userId, String groupId) {
        return groupsOf(userId).contains(groupId);
    }

    public boolean userExists(String userId) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context ->
            context.runWithoutAuthorization(() ->
                identityService.createUserQuery().userId(userId).count() > 0));
    }

    /** the ids of the members of the group */
    public List<String> membersOf(String groupId) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context ->
            context.runWithoutAuthorization(() ->
                identityService.createUserQuery().memberOfGroup(groupId).list().stream()
                    .map(User::getId).toList()));
    }

    /** the user's name as people read it (张三), or the id if the user has no name or does not exist */
    public String displayName(String userId) {
        User user = engineConfiguration.getCommandExecutorTxRequired().execute(context ->
            context.runWithoutAuthorization(() -> identityService.createUserQuery().userId(userId).singleResult()));
        if (user == null) {
            return userId;
        }
        String name = (nullToEmpty(user.getLastName()) + nullToEmpty(user.getFirstName())).strip();
        return name.isEmpty() ? userId : name;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public List<String> groupsOf(String userId) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context ->
            context.runWithoutAuthorization(() ->
                identityService.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId).toList()));
    }
}
