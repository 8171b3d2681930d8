package org.sanxiang.supervision;

import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.springframework.stereotype.Component;

/** The dashboard, the warnings and the statistics before publication: leaders and administrators only. */
@Component
class SupervisionAccess {

    private final Directory directory;

    SupervisionAccess(Directory directory) {
        this.directory = directory;
    }

    ActingUser require(String what) {
        ActingUser user = directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。"));
        if (!mayRead(user)) {
            throw new ActionNotAllowedException("用户 " + user.userId() + " 不是机关负责人或系统管理员，不能查看" + what + "。");
        }
        return user;
    }

    static boolean mayRead(ActingUser user) {
        return user.isIn(Groups.LEADER) || user.isIn(Groups.CAMUNDA_ADMIN);
    }
}
