package org.sanxiang.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLSyntaxErrorException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Which database failures are explained, with what to change, however deep they are wrapped. */
class DatabaseDiagnosisTest {

    @Test
    void createCommandDeniedDeepInsideTheStartUpFailureSaysWhichGrantIsMissing() {
        SQLException denied = new SQLSyntaxErrorException(
            "(conn=7) CREATE command denied to user 'sanxiang'@'10.0.0.5' for table `sanxiang`.`ACT_GE_PROPERTY`", "42000", 1142);
        Throwable failure = new BeanCreationException("processEngine", "init failed", new IllegalStateException("schema", denied));

        assertThat(DatabaseDiagnosis.explain(failure)).hasValueSatisfying(problem -> {
            assertThat(problem.getMessage()).startsWith("数据库用户权限不足")
                .contains("GRANT ALL PRIVILEGES ON `sanxiang`.* TO 'sanxiang'@'10.0.0.5'")
                .doesNotContain("conn=7");
            assertThat(problem.getCause()).isSameAs(denied);
        });
    }

    @Test
    void accessDeniedToTheDatabaseIsAMissingPrivilegeToo() {
        SQLException denied = new SQLSyntaxErrorException("Access denied for user 'sanxiang'@'%' to database 'sanxiang'", "42000", 1044);

        assertThat(DatabaseDiagnosis.explain(denied)).hasValueSatisfying(problem ->
            assertThat(problem.getMessage()).contains("GRANT ALL PRIVILEGES ON `sanxiang`.* TO 'sanxiang'@'%'"));
    }

    @Test
    void wrongPasswordSaysToCheckTheCredentials() {
        SQLException denied = new SQLException("Access denied for user 'sanxiang'@'localhost' (using password: YES)", "28000", 1045);

        assertThat(DatabaseDiagnosis.explain(denied)).hasValueSatisfying(problem ->
            assertThat(problem.change()).contains("DB_USER", "DB_PASSWORD"));
    }

    @Test
    void refusedConnectionSaysToCheckDbUrl() {
        SQLException refused = new SQLNonTransientConnectionException("Socket fail to connect to db:3306. Connection refused",
            "08000", 0, new ConnectException("Connection refused"));

        assertThat(DatabaseDiagnosis.explain(new RuntimeException("pool", refused))).hasValueSatisfying(problem ->
            assertThat(problem.getMessage()).startsWith("无法连接数据库（Socket fail to connect to db:3306. Connection refused）")
                .contains("DB_URL"));
    }

    @Test
    void wrongIsolationIsExplainedOnOneLineWithTheSettingsToChange() {
        DatabaseSetupException isolation = DatabaseStartupCheck.wrongIsolation("REPEATABLE-READ");

        assertThat(isolation.getMessage()).doesNotContain("\n").startsWith("数据库隔离级别为 REPEATABLE-READ")
            .contains("请设置 transaction-isolation=READ-COMMITTED", "SET GLOBAL TRANSACTION ISOLATION LEVEL READ COMMITTED",
                "TRANSACTION_READ_COMMITTED");
        FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(new BeanCreationException("dataSource", "check", isolation));
        assertThat(analysis.getDescription()).isEqualTo(isolation.getMessage());
    }

    @Test
    void otherFailuresAreLeftToSpringBoot() {
        SQLException unknownColumn = new SQLSyntaxErrorException("Unknown column 'x' in 'field list'", "42S22", 1054);

        assertThat(DatabaseDiagnosis.explain(new IllegalStateException("no database involved"))).isEmpty();
        assertThat(DatabaseDiagnosis.explain(unknownColumn)).isEmpty();
        assertThat(new DatabaseFailureAnalyzer().analyze(unknownColumn)).isNull();
    }
}
