package org.sanxiang.tasks;

/**
 * Who may hold and complete a task: the case's own handlers, or the members of a group (and, for
 * review work, nobody who handles the case: 法制审核人员不得承办具体行政执法事务, 回避).
 */
public record Holder(String groupId, boolean recuseHandlers) {

    public static Holder caseHandlers() {
        return new Holder(null, false);
    }

    public static Holder group(String groupId) {
        return new Holder(groupId, false);
    }

    public static Holder reviewBody(String groupId) {
        return new Holder(groupId, true);
    }

    public boolean isCaseHandlers() {
        return groupId == null;
    }
}
