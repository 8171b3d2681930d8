package org.sanxiang.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Every task of a case names the case in Tasklist's task lists. */
@EngineTest
class CaseLabelsTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void everyTaskOfACaseCarriesTheCaseNumberAndTitleAsItsOwnVariable() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.caseUpToReview(CaseFixture.majorFacts());

        Task submit = fixture.task(caseNumber, "submit-materials");
        // a task of the called legal-review process, local to the task
        assertThat(engine.getTaskService().getVariableLocal(submit.getId(), EnforcementCaseProcess.CASE_LABEL))
            .isEqualTo(caseNumber + " 某公司销售不合格产品案");
        assertThat(engine.getRuntimeService().getVariable(submit.getProcessInstanceId(), EnforcementCaseProcess.CASE_LABEL)).isNull();

        String other = fixture.register(CaseFixture.with(CaseFixture.facts(), "caseTitle", "某药店销售假药案"));
        Task investigate = fixture.task(other, "investigate");
        assertThat(engine.getTaskService().getVariableLocal(investigate.getId(), EnforcementCaseProcess.CASE_LABEL))
            .isEqualTo(other + " 某药店销售假药案");
    }

    @Test
    void everyTasklistFilterShowsTheCaseLabel() {
        List<Filter> filters = engine.getFilterService().createFilterQuery().list().stream()
            .filter(filter -> List.of("我的待办", "可领取的任务", "法制审核", "负责人决定", "待归档", "公示任务").contains(filter.getName())).toList();
        assertThat(filters).hasSize(6).allSatisfy(filter -> assertThat(filter.getProperties())
            .containsEntry("variables", List.of(Map.of("name", "caseLabel", "label", "案件")))
            .containsEntry("showUndefinedVariable", false));
    }
}
