package org.sanxiang.security;

import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.springframework.stereotype.Component;

/**
 * For the application's administrative read APIs: lets only members of Camunda's administrators
 * group ({@code camunda-admin}) through. The request has been authenticated by
 * {@link ApiAuthenticationFilter}; anybody else is refused with {@link ActionNotAllowedException} (answer 403).
 */
@Component
public class AdministratorsOnly {

    private final Directory directory;

    public AdministratorsOnly(Directory directory) {
        this.directory = directory;
    }

    public ActingUser require(String what) {
        ActingUser user = directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。"));
        if (!user.isIn(Groups.CAMUNDA_ADMIN)) {
            throw new ActionNotAllowedException("用户 " + user.userId() + " 不是系统管理员（" + Groups.CAMUNDA_ADMIN + "），不能查看" + what + "。");
        }
        return user;
    }

}
