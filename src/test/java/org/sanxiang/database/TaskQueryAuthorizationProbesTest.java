package org.sanxiang.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.majorFacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task query with the authorization probes answers exactly as Camunda's stock statement: the same count and the
 * same newest tasks, for every user and the queries Tasklist and the application ask, on H2 and MariaDB alike.
 */
@EngineTest
class TaskQueryAuthorizationProbesTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void onMariaDbTheTaskQueryUsesTheProbesAndOnH2TheStockStatement() {
        DbSqlSessionFactory sessions = configuration().getDbSqlSessionFactory();
        boolean mysql = DbSqlSessionFactory.MYSQL.equals(sessions.getDatabaseType());

        assertThat(configuration().getSqlSessionFactory().getConfiguration().hasStatement(TaskQueryAuthorizationProbes.LIST)).isTrue();
        assertThat(sessions.mapStatement("selectTaskByQueryCriteria"))
            .isEqualTo(mysql ? TaskQueryAuthorizationProbes.LIST : "selectTaskByQueryCriteria");
        assertThat(sessions.mapStatement("selectTaskCountByQueryCriteria"))
            .isEqualTo(mysql ? TaskQueryAuthorizationProbes.COUNT : "selectTaskCountByQueryCriteria");
    }

    @Test
    void everyUserSeesTheSameCountAndTheSameNewestTasksWithTheProbesAsWithTheStockJoin() {
        CaseFixture fixture = new CaseFixture(engine);
        String inReview = fixture.caseUpToReview(majorFacts());
        fixture.submit(inReview);
        String waitingForSubmission = fixture.caseUpToReview(majorFacts());
        String claimed = fixture.register("handler2", facts());
        fixture.as("handler2", () -> engine.getTaskService().claim(fixture.task(claimed, "investigate").getId(), "handler2"));
        String unclaimed = fixture.registerWithoutUser(CaseFixture.with(facts(), "handlers", "handler2,handler1"));

        List<User> users = engine.getIdentityService().createUserQuery().list();
        assertThat(users).extracting(User::getId).contains("handler1", "handler2", "reviewer1", "leader1");
        int compared = 0;
        for (User user : users) {
            String userId = user.getId();
            List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(userId).list()
                .stream().map(Group::getId).toList();
            Map<String, Function<TaskQuery, TaskQuery>> shapes = new LinkedHashMap<>();
            shapes.put("no filter", q -> q);
            shapes.put("candidateUser + includeAssignedTasks", q -> q.taskCandidateUser(userId).includeAssignedTasks());
            shapes.put("candidateUser", q -> q.taskCandidateUser(userId));
            shapes.put("assignee", q -> q.taskAssignee(userId));
            shapes.put("candidateGroup reviewer + includeAssignedTasks", q -> q.taskCandidateGroup("reviewer").includeAssignedTasks());
            for (String group : groups) {
                shapes.put("candidateGroup " + group + " + includeAssignedTasks", q -> q.taskCandidateGroup(group).includeAssignedTasks());
            }
            for (String caseNumber : List.of(inReview, waitingForSubmission, claimed, unclaimed)) {
                shapes.put("processInstanceBusinessKey " + caseNumber, q -> q.processInstanceBusinessKey(caseNumber));
            }
            for (Map.Entry<String, Function<TaskQuery, TaskQuery>> shape : shapes.entrySet()) {
                Answer stock = as(userId, groups, () -> withStatements(false, () -> answer(shape.getValue())));
                Answer probes = as(userId, groups, () -> withStatements(true, () -> answer(shape.getValue())));
                assertThat(probes).as(userId + ", " + shape.getKey()).isEqualTo(stock);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(users.size() * 8);
        // the seeded tasks are really seen and really refused: the comparison is not between two empty answers
        assertThat(as("reviewer1", List.of("reviewer"), () -> withStatements(true, () -> answer(q -> q.taskCandidateGroup("reviewer")))).count)
            .isPositive();
        assertThat(as("reviewer1", List.of("reviewer"), () -> withStatements(true,
            () -> answer(q -> q.processInstanceBusinessKey(claimed)))).count).isZero();
        assertThat(as("handler2", List.of("handler"), () -> withStatements(true,
            () -> answer(q -> q.processInstanceBusinessKey(claimed)))).count).isEqualTo(1);
    }

    /** the count, all tasks' ids, and the 15 newest as Tasklist sorts them: created descending (ties in any order) */
    record Answer(long count, TreeSet<String> all, List<Object> newestCreateTimes, Map<Object, TreeSet<String>> newestByCreateTime,
        Object lastCreateTime) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof Answer that)) {
                return false;
            }
            Map<Object, TreeSet<String>> mine = new TreeMap<>(newestByCreateTime);
            Map<Object, TreeSet<String>> theirs = new TreeMap<>(that.newestByCreateTime);
            // the oldest time on the page may be cut off by the limit: which of its tied tasks come first is not defined
            if (lastCreateTime != null) {
                mine.remove(lastCreateTime);
                theirs.remove(lastCreateTime);
            }
            return count == that.count && all.equals(that.all) && newestCreateTimes.equals(that.newestCreateTimes) && mine.equals(theirs);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(count);
        }
    }

    private Answer answer(Function<TaskQuery, TaskQuery> shape) {
        long count = shape.apply(engine.getTaskService().createTaskQuery()).count();
        List<Task> newest = shape.apply(engine.getTaskService().createTaskQuery()).orderByTaskCreateTime().desc().listPage(0, 15);
        TreeSet<String> all = new TreeSet<>();
        shape.apply(engine.getTaskService().createTaskQuery()).listPage(0, 2000).forEach(t -> all.add(t.getId()));
        List<Object> times = new ArrayList<>();
        Map<Object, TreeSet<String>> byTime = new HashMap<>();
        for (Task task : newest) {
            times.add(task.getCreateTime().getTime());
            byTime.computeIfAbsent(task.getCreateTime().getTime(), t -> new TreeSet<>()).add(task.getId());
        }
        return new Answer(count, all, times, byTime, times.isEmpty() ? null : times.get(times.size() - 1));
    }

    private <T> T as(String userId, List<String> groups, Supplier<T> action) {
        engine.getIdentityService().setAuthentication(userId, groups);
        try {
            return action.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** runs the action with the probes' statements or with Camunda's stock ones, whatever the database */
    private <T> T withStatements(boolean probes, Supplier<T> action) {
        DbSqlSessionFactory sessions = configuration().getDbSqlSessionFactory();
        Map<String, String> before = sessions.getStatementMappings();
        Map<String, String> mappings = before == null ? new HashMap<>() : new HashMap<>(before);
        if (probes) {
            mappings.put("selectTaskByQueryCriteria", TaskQueryAuthorizationProbes.LIST);
            mappings.put("selectTaskCountByQueryCriteria", TaskQueryAuthorizationProbes.COUNT);
        } else {
            mappings.remove("selectTaskByQueryCriteria");
            mappings.remove("selectTaskCountByQueryCriteria");
        }
        sessions.setStatementMappings(mappings);
        try {
            return action.get();
        } finally {
            sessions.setStatementMappings(before);
        }
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
