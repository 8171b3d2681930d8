package org.sanxiang.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sanxiang.FreshTestDatabase;
import org.sanxiang.SanxiangApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application on the {@code mariadb} profile refuses to start on a database it cannot use, and
 * says in one line what to change instead of printing a stack trace. The unreachable server needs
 * no MariaDB; the others run in the MariaDB suite ({@code mvn verify -Pmariadb}).
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseStartupIT {

    @Test
    void unreachableDatabaseStopsStartUpSayingToCheckDbUrl(CapturedOutput output) {
        assertStartUpFails(output, "jdbc:mariadb://127.0.0.1:1/sanxiang", "sanxiang", "",
            "无法连接数据库", "请确认数据库服务已启动，并检查 DB_URL");
    }

    @Test
    @EnabledIfSystemProperty(named = "test.db", matches = "mariadb")
    void repeatableReadStopsStartUpSayingToSetReadCommitted(CapturedOutput output) {
        assertStartUpFails(output, List.of("--spring.datasource.hikari.transaction-isolation=TRANSACTION_REPEATABLE_READ"),
            FreshTestDatabase.url(FreshTestDatabase.name()), FreshTestDatabase.adminUser(), FreshTestDatabase.adminPassword(),
            "数据库隔离级别为 REPEATABLE-READ", "请设置 transaction-isolation=READ-COMMITTED");
    }

    @Test
    @EnabledIfSystemProperty(named = "test.db", matches = "mariadb")
    void wrongPasswordStopsStartUpSayingToCheckTheCredentials(CapturedOutput output) {
        assertStartUpFails(output, FreshTestDatabase.url(FreshTestDatabase.name()), FreshTestDatabase.adminUser(),
            "not-the-password", "数据库拒绝登录", "请检查 DB_USER 和 DB_PASSWORD");
    }

    @Test
    @EnabledIfSystemProperty(named = "test.db", matches = "mariadb")
    void missingDatabaseStopsStartUpSayingHowToCreateIt(CapturedOutput output) {
        String missing = FreshTestDatabase.name() + "_missing";
        assertStartUpFails(output, FreshTestDatabase.url(missing), FreshTestDatabase.adminUser(),
            FreshTestDatabase.adminPassword(), "数据库 " + missing + " 不存在", "CREATE DATABASE `" + missing + "`");
    }

    @Test
    @EnabledIfSystemProperty(named = "test.db", matches = "mariadb")
    void userWhoCannotCreateTablesStopsStartUpSayingWhatToGrant(CapturedOutput output) {
        String database = FreshTestDatabase.name() + "_ro";
        String user = "sx_ro_" + ProcessHandle.current().pid();
        FreshTestDatabase.execute("CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4",
            "CREATE USER '" + user + "'@'%' IDENTIFIED BY 'ro-secret'",
            "GRANT SELECT, INSERT, UPDATE, DELETE ON `" + database + "`.* TO '" + user + "'@'%'");
        try {
            assertStartUpFails(output, FreshTestDatabase.url(database), user, "ro-secret",
                "数据库用户权限不足", "GRANT ALL PRIVILEGES ON `" + database + "`.* TO '" + user + "'@");
        } finally {
            FreshTestDatabase.execute("DROP USER IF EXISTS '" + user + "'@'%'", "DROP DATABASE IF EXISTS `" + database + "`");
        }
    }

    private static void assertStartUpFails(CapturedOutput output, String url, String user, String password,
                                           String problem, String change) {
        assertStartUpFails(output, List.of(), url, user, password, problem, change);
    }

    private static void assertStartUpFails(CapturedOutput output, List<String> extraArguments, String url, String user,
                                           String password, String problem, String change) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
            "--spring.datasource.username=" + user, "--spring.datasource.password=" + password));
        arguments.addAll(extraArguments);

        assertThatThrownBy(() -> start(arguments.toArray(String[]::new)))
            .satisfies(failure -> assertThat(DatabaseDiagnosis.explain(failure)).hasValueSatisfying(explained ->
                assertThat(explained.getMessage()).contains(problem, change).doesNotContain("\n")));

        String line = output.getOut().lines().filter(l -> l.contains(problem)).findFirst().orElse("");
        assertThat(line).as("one log line saying what is wrong and what to change").contains(problem, change);
        assertThat(output.getOut().lines()).as("no stack trace").noneMatch(l -> l.startsWith("\tat "));
    }

    private static void start(String... arguments) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(SanxiangApplication.class)
            .web(WebApplicationType.NONE).profiles("test", "mariadb").run(arguments)) {
            throw new AssertionError("the application started");
        }
    }
}
