package org.sanxiang.demo;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.sanxiang.people.Credentials;
import org.sanxiang.people.Groups;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo users, password {@code demo}. Never active outside the demo (and test) profiles. Handlers
 * get a valid enforcement certificate (持证上岗) and reviewers the legal-profession qualification,
 * so that cases can be registered and reviewed.
 */
@Component
@Profile({"demo", "test"})
@Order(20)
public class DemoUsers implements ApplicationRunner {

    public static final String PASSWORD = "demo";

    record DemoUser(String id, String lastName, String firstName, String group) { }

    static final List<DemoUser> USERS = List.of(
        new DemoUser("handler1", "张", "承办", Groups.HANDLER),
        new DemoUser("handler2", "李", "承办", Groups.HANDLER),
        new DemoUser("reviewer1", "王", "审核", Groups.REVIEWER),
        new DemoUser("reviewer2", "赵", "审核", Groups.REVIEWER),
        new DemoUser("leader1", "刘", "局长", Groups.LEADER),
        new DemoUser("discloser1", "陈", "公示", Groups.DISCLOSER),
        new DemoUser("archivist1", "周", "档案", Groups.ARCHIVIST),
        new DemoUser("catalog1", "吴", "目录", Groups.CATALOG_ADMIN));

    private final IdentityService identityService;
    private final Credentials credentials;

    public DemoUsers(IdentityService identityService, Credentials credentials) {
        this.identityService = identityService;
        this.credentials = credentials;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoUser demo : USERS) {
            if (identityService.createUserQuery().userId(demo.id()).count() == 0) {
                User user = identityService.newUser(demo.id());
                user.setFirstName(demo.firstName());
                user.setLastName(demo.lastName());
                user.setEmail(demo.id() + "@sanxiang.example");
                user.setPassword(PASSWORD);
                identityService.saveUser(user);
                identityService.createMembership(demo.id(), demo.group());
            }
            credentialOf(demo);
        }
    }

    /** 演示-0001, 演示-0002, …: the demo handlers' certificate numbers (shown beside their names on the start form) */
    static String certificateNumber(DemoUser demo) {
        return "演示-%04d".formatted(USERS.stream().filter(u -> Groups.HANDLER.equals(u.group())).toList().indexOf(demo) + 1);
    }

    /** a certificate valid for five more years (renewed when a kept demo database has let it expire) */
    private void credentialOf(DemoUser demo) {
        boolean handler = Groups.HANDLER.equals(demo.group());
        boolean reviewer = Groups.REVIEWER.equals(demo.group());
        if (!handler && !reviewer) {
            return;
        }
        boolean current = credentials.of(demo.id())
            .map(c -> reviewer ? c.hasLegalQualification() : c.certificateValidOn(Credentials.today().plusYears(1)))
            .orElse(false);
        if (!current) {
            credentials.put(demo.id(), handler ? certificateNumber(demo) : null,
                handler ? Credentials.today().plusYears(5) : null, reviewer, "demo");
        }
    }
}
