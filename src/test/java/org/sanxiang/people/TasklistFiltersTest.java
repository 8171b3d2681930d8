package org.sanxiang.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;

@EngineTest
class TasklistFiltersTest {

    @Autowired
    FilterService filterService;

    @Test
    void everyFilterShowsTheCaseNumberAndTitleOfEachTask() {
        List<Filter> filters = filterService.createFilterQuery().list();
        assertThat(filters).extracting(Filter::getName).contains("我的待办", "可领取的任务", "法制审核", "负责人决定", "待归档");
        for (Filter filter : filters) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> variables = (List<Map<String, Object>>) filter.getProperties().get("variables");
            assertThat(variables).as(filter.getName()).extracting(v -> v.get("name")).containsExactly("caseNumber", "caseTitle");
        }
    }
}
