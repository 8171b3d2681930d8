package org.sanxiang.workplace;

import java.util.List;

import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/workplace/tasklist}: what the script in Tasklist, Cockpit and Admin ({@code scripts/workplace.js})
 * needs for the signed-in user: the agency's name for the header, the agency's time zone for the footer, whether
 * the user administers the system (only administrators see 新建任务, 添加用户组, 设置办理期限) and every user's name
 * surname first. {@code GET /api/public/agency}: the agency's name and time zone for the login page.
 */
@RestController
class TasklistSettingsController {

    /** what the login page shows before anyone is signed in: nothing personal */
    record Agency(String agencyName, String timeZone) {
    }

    record TasklistSettings(String userId, String userName, String agencyName, String timeZone, boolean administrator,
                            List<StaffNames.Person> people) {
    }

    private final Directory directory;
    private final StaffNames names;
    private final String agencyName;
    private final String timeZone;

    TasklistSettingsController(Directory directory, StaffNames names,
                               @Value("${sanxiang.agency-name}") String agencyName,
                               @Value("${sanxiang.time-zone}") String timeZone) {
        this.directory = directory;
        this.names = names;
        this.agencyName = agencyName;
        this.timeZone = timeZone;
    }

    /** public (under /api/public/): the login pages of Tasklist, Cockpit and Admin show the agency's name */
    @GetMapping("/api/public/agency")
    Agency agency() {
        return new Agency(agencyName, timeZone);
    }

    @GetMapping("/api/workplace/tasklist")
    TasklistSettings settings() {
        ActingUser user = directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。"));
        return new TasklistSettings(user.userId(), directory.displayName(user.userId()), agencyName, timeZone,
            user.groupIds().contains(Groups.CAMUNDA_ADMIN), names.all());
    }
}
