package org.sanxiang.people;

import java.util.List;

/** The user on whose behalf the engine is acting, with the groups the authentication carries. */
public record ActingUser(String userId, List<String> groupIds) {

    public ActingUser {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    public boolean isIn(String groupId) {
        return groupIds.contains(groupId);
    }
}
