package org.sanxiang.people;

/** The Camunda group ids of docs/domain.md, "Groups". */
public final class Groups {

    public static final String HANDLER = "handler";
    public static final String REVIEWER = "reviewer";
    public static final String LEADER = "leader";
    public static final String DISCLOSER = "discloser";
    public static final String ARCHIVIST = "archivist";
    public static final String CATALOG_ADMIN = "catalog-admin";
    /** Camunda's administrators group */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    private Groups() {
    }

    /** the Chinese name of a group, for messages */
    public static String label(String groupId) {
        return switch (groupId) {
            case HANDLER -> "承办人";
            case REVIEWER -> "法制审核人员";
            case LEADER -> "机关负责人";
            case DISCLOSER -> "公示管理员";
            case ARCHIVIST -> "档案管理员";
            case CATALOG_ADMIN -> "目录规则管理员";
            case CAMUNDA_ADMIN -> "系统管理员";
            default -> groupId;
        };
    }
}
