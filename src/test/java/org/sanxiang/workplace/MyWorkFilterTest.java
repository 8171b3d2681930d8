package org.sanxiang.workplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** 我的待办, Tasklist's default filter: what is mine to do, assigned to me or mine to claim, the most urgent first. */
@EngineTest
class MyWorkFilterTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theHandlerWhoRegistersACaseFindsItsFirstTaskAssignedInMyWork() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.facts());

        Task investigate = fixture.task(caseNumber, "investigate");
        assertThat(investigate.getAssignee()).isEqualTo("handler1");
        assertThat(myWork(fixture, "handler1")).contains(investigate.getId());
        // assigned to the registering handler: not the other handler's to claim
        assertThat(myWork(fixture, "handler2")).doesNotContain(investigate.getId());
    }

    @Test
    void myWorkShowsTasksICanClaimTooAndNotOthersWork() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.facts());
        fixture.investigate(caseNumber);

        Task draft = fixture.task(caseNumber, "draft-decision");
        assertThat(draft.getAssignee()).isNull();
        assertThat(myWork(fixture, "handler1")).contains(draft.getId());
        assertThat(myWork(fixture, "handler2")).contains(draft.getId());
        assertThat(myWork(fixture, "reviewer1")).doesNotContain(draft.getId());
    }

    @Test
    void theMostUrgentComeFirst() {
        CaseFixture fixture = new CaseFixture(engine);
        String later = fixture.register(CaseFixture.facts());
        String sooner = fixture.register(CaseFixture.facts());
        engine.getTaskService().setDueDate(fixture.task(later, "investigate").getId(), java.sql.Timestamp.valueOf("2099-12-31 09:00:00"));
        engine.getTaskService().setDueDate(fixture.task(sooner, "investigate").getId(), java.sql.Timestamp.valueOf("2099-01-02 09:00:00"));

        List<String> mine = myWork(fixture, "handler1");
        assertThat(mine.indexOf(fixture.task(sooner, "investigate").getId()))
            .isLessThan(mine.indexOf(fixture.task(later, "investigate").getId()));
    }

    private List<String> myWork(CaseFixture fixture, String user) {
        Filter filter = engine.getFilterService().createFilterQuery().filterName("我的待办").singleResult();
        return fixture.as(user, () -> engine.getFilterService().<Task>listPage(filter.getId(), 0, 1000).stream().map(Task::getId).toList());
    }
}
