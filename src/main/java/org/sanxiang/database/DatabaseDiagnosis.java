package org.sanxiang.database;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises, in the causes of a failure, the database problems an operator can fix and says what
 * to change: unreachable server, wrong credentials, unknown database and missing privileges (error
 * codes of MariaDB and MySQL). Whatever it does not recognise is left alone.
 */
public final class DatabaseDiagnosis {

    /** Access denied for user 'u'@'h' to database 'db' */
    static final int DATABASE_ACCESS_DENIED = 1044;
    /** Access denied for user 'u'@'h' (using password: YES) */
    static final int LOGIN_DENIED = 1045;
    /** Unknown database 'db' */
    static final int UNKNOWN_DATABASE = 1049;
    /** Host 'h' is not allowed to connect to this MariaDB server */
    static final int HOST_NOT_ALLOWED = 1130;
    /** CREATE command denied to user 'u'@'h' for table `db`.`t` */
    static final int TABLE_ACCESS_DENIED = 1142;
    /** SELECT command denied to user 'u'@'h' for column 'c' in table 't' */
    static final int COLUMN_ACCESS_DENIED = 1143;
    /** Access denied; you need (at least one of) the SUPER privilege(s) for this operation */
    static final int SPECIFIC_ACCESS_DENIED = 1227;
    /** Access denied for user 'u'@'h' (no password given) */
    static final int LOGIN_DENIED_NO_PASSWORD = 1698;

    private static final Set<Integer> PRIVILEGE_ERRORS =
        Set.of(DATABASE_ACCESS_DENIED, TABLE_ACCESS_DENIED, COLUMN_ACCESS_DENIED, SPECIFIC_ACCESS_DENIED);
    private static final Set<Integer> LOGIN_ERRORS = Set.of(LOGIN_DENIED, LOGIN_DENIED_NO_PASSWORD, HOST_NOT_ALLOWED);

    private static final Pattern ACCOUNT = Pattern.compile("user '([^']*)'@'([^']*)'");
    private static final Pattern DATABASE_IN_MESSAGE =
        Pattern.compile("(?:for table [`']([^`']+)[`']\\.|to database '([^']+)'|Unknown database '([^']+)')");

    private DatabaseDiagnosis() {
    }

    /** the problem of the failure (or of one of its causes) with what to change, if it is one this class knows */
    public static Optional<DatabaseSetupException> explain(Throwable failure) {
        List<Throwable> chain = causes(failure);
        for (Throwable cause : chain) {
            if (cause instanceof DatabaseSetupException known) {
                return Optional.of(known);
            }
        }
        List<SQLException> sqlErrors = chain.stream()
            .filter(SQLException.class::isInstance).map(SQLException.class::cast).toList();
        for (SQLException error : sqlErrors) {
            Optional<DatabaseSetupException> explained = byErrorCode(error);
            if (explained.isPresent()) {
                return explained;
            }
        }
        return sqlErrors.stream().filter(DatabaseDiagnosis::isConnectionFailure).findFirst()
            .map(DatabaseDiagnosis::unreachable);
    }

    static DatabaseSetupException unreachable(SQLException error) {
        return new DatabaseSetupException("无法连接数据库（" + oneLine(error.getMessage()) + "）",
            "请确认数据库服务已启动，并检查 DB_URL 中的主机、端口和数据库名（例如 jdbc:mariadb://127.0.0.1:3306/sanxiang）", error);
    }

    private static Optional<DatabaseSetupException> byErrorCode(SQLException error) {
        String message = oneLine(error.getMessage());
        int code = error.getErrorCode();
        if (LOGIN_ERRORS.contains(code)) {
            return Optional.of(new DatabaseSetupException("数据库拒绝登录（" + message + "）",
                "请检查 DB_USER 和 DB_PASSWORD，并确认该用户允许从本机连接（CREATE USER 'sanxiang'@'%' IDENTIFIED BY '…'）", error));
        }
        if (code == UNKNOWN_DATABASE) {
            String database = databaseIn(message).orElse("sanxiang");
            return Optional.of(new DatabaseSetupException("数据库 " + database + " 不存在（" + message + "）",
                "请先创建数据库：CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci，或修改 DB_URL", error));
        }
        if (PRIVILEGE_ERRORS.contains(code)) {
            String database = databaseIn(message).orElse("<数据库>");
            String account = accountIn(message).orElse("'<DB_USER>'@'%'");
            return Optional.of(new DatabaseSetupException("数据库用户权限不足，无法建立或升级表结构（" + message + "）",
                "请由数据库管理员执行 GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account
                    + "（至少需要 SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES）", error));
        }
        return Optional.empty();
    }

    private static boolean isConnectionFailure(SQLException error) {
        return error instanceof SQLNonTransientConnectionException
            || (error.getSQLState() != null && error.getSQLState().startsWith("08"));
    }

    private static Optional<String> databaseIn(String message) {
        Matcher matcher = DATABASE_IN_MESSAGE.matcher(message);
        if (!matcher.find()) {
            return Optional.empty();
        }
        for (int group = 1; group <= matcher.groupCount(); group++) {
            if (matcher.group(group) != null) {
                return Optional.of(matcher.group(group));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> accountIn(String message) {
        Matcher matcher = ACCOUNT.matcher(message);
        return matcher.find() ? Optional.of("'" + matcher.group(1) + "'@'" + matcher.group(2) + "'") : Optional.empty();
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\(conn=\\d+\\) ", "").replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            chain.add(current);
            if (current instanceof SQLException sql && sql.getNextException() != null) {
                chain.add(sql.getNextException());
            }
        }
        return chain;
    }
}
