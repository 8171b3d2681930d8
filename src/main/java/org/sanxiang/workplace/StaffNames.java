package org.sanxiang.workplace;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The agency's people as others read them: 姓名, surname first (张承办), whatever order Camunda's webapps
 * put first and last name in ("承办 张").
 */
@Component
class StaffNames {

    /** one user: the id, and how the webapps show the name (firstName lastName) and how people write it */
    record Person(String id, String webappName, String name) {
    }

    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;

    StaffNames(IdentityService identity, ProcessEngineConfigurationImpl engine) {
        this.identity = identity;
        this.engine = engine;
    }

    List<Person> all() {
        List<User> users = engine.getCommandExecutorTxRequired().execute(context ->
            context.runWithoutAuthorization(() -> identity.createUserQuery().list()));
        return users.stream().map(StaffNames::person).sorted(Comparator.comparing(Person::id)).toList();
    }

    static Person person(User user) {
        String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
        String last = user.getLastName() == null ? "" : user.getLastName().strip();
        String name = (last + first).isEmpty() ? user.getId() : last + first;
        return new Person(user.getId(), (first + " " + last).strip(), name);
    }
}
