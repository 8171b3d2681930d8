package org.sanxiang.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sanxiang.people.Credentials;
import org.sanxiang.people.Groups;

/**
 * handler3: a handler with a valid certificate who handles none of the test cases, the outsider of the security
 * tests (the demo profile has handler1 and handler2 only).
 */
final class OutsideHandler {

    static final String ID = "handler3";

    private OutsideHandler() {
    }

    static void ensure(IdentityService identity, Credentials credentials) {
        if (identity.createUserQuery().userId(ID).count() == 0) {
            User user = identity.newUser(ID);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(ID, Groups.HANDLER);
            credentials.put(ID, "TEST-3", Credentials.today().plusYears(1), false, "test");
        }
    }
}
