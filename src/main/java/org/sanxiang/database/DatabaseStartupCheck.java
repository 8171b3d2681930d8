package org.sanxiang.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Properties;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Checks each data source as soon as it is configured, before Flyway, JPA or the engine use it:
 * the database must answer, and MariaDB/MySQL must give the pool's connections READ COMMITTED
 * (Camunda 7 on REPEATABLE READ deadlocks and loses updates under load). A problem stops start-up
 * with a {@link DatabaseSetupException} that {@link DatabaseFailureAnalyzer} reports as one line.
 */
@Component
public class DatabaseStartupCheck implements BeanPostProcessor {

    static final String READ_COMMITTED = "READ-COMMITTED";

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseStartupCheck.class);

    private final Set<DataSource> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && checked.add(dataSource)) {
            check(dataSource);
        }
        return bean;
    }

    /** throws {@link DatabaseSetupException} if the database cannot serve the engine */
    public static void check(DataSource dataSource) {
        probeReachable(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            if (MariaDb.isMariaDbOrMySql(connection)) {
                String isolation = MariaDb.isolation(connection);
                if (!READ_COMMITTED.equalsIgnoreCase(isolation)) {
                    throw wrongIsolation(isolation);
                }
            }
            LOG.info("数据库检查通过：{} {}", connection.getMetaData().getDatabaseProductName(),
                connection.getMetaData().getDatabaseProductVersion());
        } catch (SQLException | RuntimeException e) {
            throw DatabaseDiagnosis.explain(e).orElseThrow(() -> e instanceof RuntimeException runtime
                ? runtime : new IllegalStateException("数据库检查失败：" + e.getMessage(), e));
        }
    }

    static DatabaseSetupException wrongIsolation(String isolation) {
        return new DatabaseSetupException("数据库隔离级别为 " + isolation + "，Camunda 需要 READ-COMMITTED",
            "请设置 transaction-isolation=READ-COMMITTED（MariaDB: 配置 [mariadbd] transaction-isolation=READ-COMMITTED 或执行 "
                + "SET GLOBAL TRANSACTION ISOLATION LEVEL READ COMMITTED；或 Hikari spring.datasource.hikari.transaction-isolation: "
                + "TRANSACTION_READ_COMMITTED）", null);
    }

    /**
     * Opens one connection outside the pool first: a pool that cannot fill itself logs a stack
     * trace, this reports the reason in one line.
     */
    private static void probeReachable(DataSource dataSource) {
        if (!(dataSource instanceof HikariDataSource hikari) || hikari.getJdbcUrl() == null) {
            return;
        }
        Properties properties = new Properties();
        properties.putAll(hikari.getDataSourceProperties());
        if (hikari.getUsername() != null) {
            properties.setProperty("user", hikari.getUsername());
        }
        if (hikari.getPassword() != null) {
            properties.setProperty("password", hikari.getPassword());
        }
        try (Connection ignored = DriverManager.getConnection(hikari.getJdbcUrl(), properties)) {
            LOG.debug("database reachable at {}", hikari.getJdbcUrl());
        } catch (SQLException e) {
            throw DatabaseDiagnosis.explain(e).orElseGet(() -> DatabaseDiagnosis.unreachable(e));
        }
    }
}
