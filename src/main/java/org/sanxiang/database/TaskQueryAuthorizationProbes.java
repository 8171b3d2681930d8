package org.sanxiang.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Makes the task query (Tasklist's list and count) linear in the open tasks on MariaDB, with the
 * engine's authorization scheme unchanged: the statements of {@code TaskQuery.xml} (Camunda's own,
 * with the authorization join replaced by three {@code EXISTS} probes that select the same rows)
 * are added to the engine's MyBatis configuration and, on database type {@code mysql}, used for
 * {@code selectTaskByQueryCriteria} and {@code selectTaskCountByQueryCriteria}. On H2 the engine
 * keeps its stock statements (the rewritten ones are loaded, so that tests can compare both).
 * After the engine has created its tables, the indexes the probes and the candidate lookups use
 * are created if missing (idempotent; not a Flyway migration, because Flyway runs before the
 * engine creates its tables on a fresh database). {@code sanxiang.task-query.authorization-probes=false} keeps the
 * stock statements (for the benchmark's figure before).
 */
@Component
@ConditionalOnProperty(name = "sanxiang.task-query.authorization-probes", havingValue = "true", matchIfMissing = true)
class TaskQueryAuthorizationProbes extends AbstractProcessEnginePlugin {

    static final String LIST = "selectTaskByQueryCriteriaWithAuthorizationProbes";
    static final String COUNT = "selectTaskCountByQueryCriteriaWithAuthorizationProbes";
    private static final String MAPPER = "org/sanxiang/database/TaskQuery.xml";

    /** name, table, columns; on MariaDB and H2 alike */
    private static final List<String[]> INDEXES = List.of(
        new String[] {"SX_IDX_AUTH_RES_TYPE", "ACT_RU_AUTHORIZATION", "RESOURCE_ID_, RESOURCE_TYPE_, TYPE_"},
        new String[] {"SX_IDX_IDENT_LNK_GROUP_TASK", "ACT_RU_IDENTITYLINK", "GROUP_ID_, TYPE_, TASK_ID_"},
        new String[] {"SX_IDX_IDENT_LNK_USER_TASK", "ACT_RU_IDENTITYLINK", "USER_ID_, TYPE_, TASK_ID_"});

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        try (InputStream mapper = getClass().getClassLoader().getResourceAsStream(MAPPER)) {
            if (mapper == null) {
                throw new ProcessEngineException("missing " + MAPPER);
            }
            new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
        if (DbSqlSessionFactory.MYSQL.equals(sessions.getDatabaseType())) {
            Map<String, String> mappings = sessions.getStatementMappings() == null
                ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
            mappings.put("selectTaskByQueryCriteria", LIST);
            mappings.put("selectTaskCountByQueryCriteria", COUNT);
            sessions.setStatementMappings(mappings);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String type = configuration.getDatabaseType();
        if (!DbSqlSessionFactory.MYSQL.equals(type) && !DbSqlSessionFactory.H2.equals(type)) {
            return;
        }
        String prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
        try (Connection connection = configuration.getDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String[] index : INDEXES) {
                statement.execute("CREATE INDEX IF NOT EXISTS " + index[0] + " ON " + prefix + index[1] + " (" + index[2] + ")");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("could not create the task query's indexes: " + e.getMessage(), e);
        }
    }
}
