package org.sanxiang.bench.bare;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The project's demo users, groups and authorizations (as its RoleSetup grants them: Tasklist,
 * read users/groups/process definitions, handlers start cases; task rights come from the engine's
 * candidate authorizations, TASK_WORK) and the bare process, deployed once.
 */
@Component
class BareSetup implements ApplicationRunner {

    private static final Map<String, List<String>> USERS = Map.of(
        "handler", List.of("handler1", "handler2"),
        "reviewer", List.of("reviewer1", "reviewer2"),
        "leader", List.of("leader1"),
        "discloser", List.of("discloser1"),
        "archivist", List.of("archivist1"),
        "catalog-admin", List.of("catalog1"));

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final RepositoryService repository;

    BareSetup(IdentityService identity, AuthorizationService authorizations, RepositoryService repository) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.repository = repository;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (repository.createDeploymentQuery().deploymentName("bare-case").count() == 0) {
            repository.createDeployment().name("bare-case")
                .addModelInstance("bare-case.bpmn", BareProcess.model()).deploy();
        }
        if (identity.createGroupQuery().groupId("handler").count() > 0) {
            return;
        }
        for (Resources resource : Resources.values()) {
            grant("camunda-admin", resource, "*", Permissions.ALL);
        }
        USERS.forEach((groupId, users) -> {
            Group group = identity.newGroup(groupId);
            group.setName(groupId);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
            for (String userId : users) {
                User user = identity.newUser(userId);
                user.setFirstName(userId);
                user.setLastName("演示");
                user.setEmail(userId + "@bench.invalid");
                user.setPassword("demo");
                identity.saveUser(user);
                identity.createMembership(userId, groupId);
            }
            grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(groupId, Resources.USER, "*", Permissions.READ);
            grant(groupId, Resources.GROUP, "*", Permissions.READ);
            grant(groupId, Resources.PROCESS_DEFINITION, BareProcess.KEY, Permissions.READ);
            grant(groupId, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        });
        grant("handler", Resources.PROCESS_DEFINITION, BareProcess.KEY, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant("handler", Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(groupId)
            .resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }
}
