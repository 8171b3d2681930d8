package org.sanxiang.people;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
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

    public List<String> groupsOf(String userId) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context ->
            context.runWithoutAuthorization(() ->
                identityService.createGroupQuery().groupMember(userId).list().stream()
                    .map(Group::getId).toList()));
    }
}
