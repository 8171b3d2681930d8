package org.sanxiang;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/** An administrator (member of {@code camunda-admin}) for tests; the demo profile's admin is not there. */
public final class Administrators {

    public static final String ADMIN = "admin1";
    public static final String PASSWORD = "demo";

    private Administrators() {
    }

    public static void ensure(IdentityService identity) {
        if (identity.createGroupQuery().groupId("camunda-admin").count() == 0) {
            Group group = identity.newGroup("camunda-admin");
            group.setName("系统管理员");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(ADMIN).count() == 0) {
            User user = identity.newUser(ADMIN);
            user.setFirstName("管理员");
            user.setLastName("孙");
            user.setEmail(ADMIN + "@sanxiang.example");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(ADMIN, "camunda-admin");
        }
    }
}
