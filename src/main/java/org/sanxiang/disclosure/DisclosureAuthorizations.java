package org.sanxiang.disclosure;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.sanxiang.people.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The disclosers (who work its tasks), the leaders (who are told when a deadline passes) and the
 * handlers (who record 复议/诉讼 outcomes) read {@code decision-disclosure} in Tasklist; its
 * instances are started by the case, never by a person.
 */
@Component
class DisclosureAuthorizations implements ApplicationRunner {

    private final AuthorizationService authorizations;

    DisclosureAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (String group : List.of(Groups.DISCLOSER, Groups.LEADER, Groups.HANDLER)) {
            boolean granted = authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(DecisionDisclosureProcess.PROCESS_KEY).count() > 0;
            if (!granted) {
                Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setGroupId(group);
                authorization.setResource(Resources.PROCESS_DEFINITION);
                authorization.setResourceId(DecisionDisclosureProcess.PROCESS_KEY);
                authorization.addPermission(Permissions.READ);
                authorizations.saveAuthorization(authorization);
            }
        }
    }
}
