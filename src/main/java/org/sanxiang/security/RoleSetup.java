package org.sanxiang.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.sanxiang.people.Groups;
import org.sanxiang.review.LegalReviewProcess;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates, idempotently at every start, the groups of docs/domain.md, "Groups", their least-privilege
 * authorizations and the Tasklist filters that show each group its work. Users are not created
 * here: outside the demo profile administrators add them.
 */
@Component
@Order(10)
public class RoleSetup implements ApplicationRunner {

    private static final Map<String, String> GROUPS = Map.of(
        Groups.HANDLER, "承办人（行政执法人员）",
        Groups.REVIEWER, "法制审核人员",
        Groups.LEADER, "机关负责人",
        Groups.DISCLOSER, "公示管理员",
        Groups.ARCHIVIST, "档案管理员",
        Groups.CATALOG_ADMIN, "目录/规则管理员");

    private static final List<String> STAFF = List.of(Groups.HANDLER, Groups.REVIEWER, Groups.LEADER,
        Groups.DISCLOSER, Groups.ARCHIVIST, Groups.CATALOG_ADMIN);

    /** the filter property naming the variables Tasklist shows on each task of the list */
    static final String FILTER_VARIABLES = "variables";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;

    public RoleSetup(IdentityService identityService, AuthorizationService authorizationService,
                     FilterService filterService, TaskService taskService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        GROUPS.forEach(this::ensureGroup);
        // administrators manage users, groups, authorizations and deployments of processes: all rights, whoever
        // created the administrator (camunda.bpm.admin-user or the Admin webapp's first-user setup)
        ensureGroup(Groups.CAMUNDA_ADMIN, "系统管理员");
        for (Resources resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, "*", Permissions.ALL);
        }
        for (String group : STAFF) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.USER, "*", Permissions.READ);
            grant(group, Resources.GROUP, "*", Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, EnforcementCaseProcess.PROCESS_KEY, Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, LegalReviewProcess.PROCESS_KEY, Permissions.READ);
            // 取消认领 (unclaim) needs TASK_ASSIGN; who may hand a claimed task over is checked by tasks.TaskRules
            grant(group, Resources.TASK, "*", TaskPermissions.TASK_ASSIGN);
        }
        // only handlers register cases (立案)
        grant(Groups.HANDLER, Resources.PROCESS_DEFINITION, EnforcementCaseProcess.PROCESS_KEY,
            Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(Groups.HANDLER, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
        // the review catalog is read by everyone working cases and deployed by its administrators
        for (String group : STAFF) {
            grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        }
        grant(Groups.CATALOG_ADMIN, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
        // DEPLOYMENT CREATE would allow any resource: security.DmnOnlyDeployments lets non-administrators deploy DMN only
        grant(Groups.CATALOG_ADMIN, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
        grant(Groups.CATALOG_ADMIN, Resources.APPLICATION, "cockpit", Permissions.ACCESS);

        // the default filter: what is mine to do, assigned to me or mine to claim, the most urgent first
        filter("我的待办", MY_WORK_DESCRIPTION, -10, null, RoleSetup::myWork, STAFF);
        updateMyWork();
        filter("可领取的任务", "我或我所在的组可以办理的任务", -5, null,
            q -> q.taskCandidateUserExpression("${currentUser()}").includeAssignedTasks(), STAFF);
        filter("法制审核", "法制审核机构的受理、审核和协商任务", 0, Groups.REVIEWER,
            q -> q.taskCandidateGroup(Groups.REVIEWER).includeAssignedTasks(), List.of(Groups.REVIEWER));
        filter("负责人决定", "负责人决定、集体讨论和移送任务", 0, Groups.LEADER,
            q -> q.taskCandidateGroup(Groups.LEADER).includeAssignedTasks(), List.of(Groups.LEADER));
        filter("待归档", "待归档的案件", 0, Groups.ARCHIVIST,
            q -> q.taskCandidateGroup(Groups.ARCHIVIST).includeAssignedTasks(), List.of(Groups.ARCHIVIST));
        filter("公示任务", "待审查、发布、撤下或更正的公示信息", 0, Groups.DISCLOSER,
            q -> q.taskCandidateGroup(Groups.DISCLOSER).includeAssignedTasks(), List.of(Groups.DISCLOSER));
    }

    static final String MY_WORK_DESCRIPTION = "分配给我的任务和我可以领取的任务，期限最近的在前";

    static TaskQuery myWork(TaskQuery query) {
        return query.or().taskAssigneeExpression("${currentUser()}").taskCandidateUserExpression("${currentUser()}").endOr()
            .orderByDueDate().asc().orderByTaskCreateTime().asc();
    }

    /** 我的待办 made by earlier versions showed only claimed tasks */
    private void updateMyWork() {
        Filter filter = filterService.createFilterQuery().filterName("我的待办").singleResult();
        if (filter != null && !MY_WORK_DESCRIPTION.equals(filter.getProperties().get("description"))) {
            Map<String, Object> properties = new HashMap<>(filter.getProperties());
            properties.put("description", MY_WORK_DESCRIPTION);
            filter.setProperties(properties);
            filter.setQuery(myWork(taskService.createTaskQuery()));
            filterService.saveFilter(filter);
        }
    }

    private void ensureGroup(String id, String name) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(Groups.CAMUNDA_ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
            identityService.saveGroup(group);
        }
    }

    /** grants the permissions to the group on the resource, adding to what it already has */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
            .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT)
            .singleResult();
        Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
        if (existing == null) {
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }

    private void filter(String name, String description, int priority, String owner,
                        java.util.function.UnaryOperator<TaskQuery> query, List<String> readers) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
            filter.setOwner(owner);
            filter.setProperties(new HashMap<>(Map.of("description", description, "priority", priority, "refresh", true)));
            filter.setQuery(query.apply(taskService.createTaskQuery()));
        }
        if (!filter.getProperties().containsKey(FILTER_VARIABLES)) {
            // each card in the task list names its case (filters made by earlier versions get it too)
            Map<String, Object> properties = new HashMap<>(filter.getProperties());
            properties.put(FILTER_VARIABLES, List.of(Map.of("name", EnforcementCaseProcess.CASE_LABEL, "label", "案件")));
            properties.put("showUndefinedVariable", false);
            filter.setProperties(properties);
            filterService.saveFilter(filter);
        }
        for (String group : readers) {
            grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
