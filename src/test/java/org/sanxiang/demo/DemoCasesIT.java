package org.sanxiang.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.sanxiang.disclosure.DecisionDisclosureProcess;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.sanxiang.review.LegalReviewProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/**
 * The first run: the application started in its default profiles (demo on H2; in memory here, and
 * the demo key under target/) builds every sample case and each waits where the README's
 * "Sample cases" says.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:demo-${random.uuid};DB_CLOSE_DELAY=-1",
    "sanxiang.signing.keystore-path=target/demo-it-signing.p12"})
class DemoCasesIT {

    /** title of each sample case → the task it waits at (README, "Sample cases") */
    private static final Map<String, String> WHERE = new LinkedHashMap<>();

    static {
        WHERE.put("某超市销售过期食品案", EnforcementCaseProcess.TASK_INVESTIGATE);
        WHERE.put("某餐馆未公示许可证件案", LegalReviewProcess.TASK_SUBMIT);
        WHERE.put("某建材公司销售不合格钢筋案", LegalReviewProcess.TASK_SUPPLEMENT);
        WHERE.put("某化工企业超标排放案", LegalReviewProcess.TASK_ANSWER);
        WHERE.put("某房地产公司违法建设案", LegalReviewProcess.TASK_COLLECTIVE);
        WHERE.put("某加油站安全检查案", EnforcementCaseProcess.TASK_LEADER_DECISION);
        WHERE.put("刘建华无证经营食品案", EnforcementCaseProcess.TASK_SERVE_DECISION);
        WHERE.put("欧阳丽华销售过期食品案", DecisionDisclosureProcess.TASK_CHECK_REDACTION);
    }

    @Autowired
    ProcessEngine engine;

    @Autowired
    Environment environment;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void theDefaultProfilesAreDemoOnH2() {
        assertThat(environment.getActiveProfiles()).isEmpty();
        assertThat(environment.getDefaultProfiles()).containsExactlyInAnyOrder("h2", "demo");
    }

    @Test
    void everySampleCaseWaitsWhereTheReadmeSays() {
        List<ProcessInstance> cases = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(EnforcementCaseProcess.PROCESS_KEY).list();
        assertThat(cases).hasSize(WHERE.size());
        CaseSteps steps = new CaseSteps(engine);
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (ProcessInstance instance : cases) {
            String title = (String) engine.getRuntimeService().getVariable(instance.getId(), EnforcementCaseProcess.CASE_TITLE);
            found.put(title, steps.openTaskKeys(instance.getBusinessKey()));
        }
        assertThat(found).containsOnlyKeys(WHERE.keySet());
        WHERE.forEach((title, task) -> assertThat(found.get(title)).as("open tasks of %s", title).contains(task));
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePreviousYearsStatisticsArePublishedWithTheDemosCasesOfThatYear() throws Exception {
        int year = java.time.LocalDate.now(org.sanxiang.calendar.WorkingDayCalendar.ZONE).getYear() - 1;
        String content = jdbc.queryForObject("SELECT content FROM annual_statistics WHERE stat_year = ? AND status = 'PUBLISHED'",
            String.class, year);
        Map<String, Object> statistics = new com.fasterxml.jackson.databind.ObjectMapper().readValue(content, Map.class);
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        ((List<Map<String, Object>>) statistics.get("categories")).forEach(row -> rows.put((String) row.get("row"), row));
        assertThat(((Number) rows.get("PENALTY").get("cases")).intValue()).isEqualTo(1);
        assertThat(((List<Map<String, Object>>) rows.get("PENALTY").get("byAction"))).extracting(a -> a.get("action"))
            .containsExactly("CONFISCATION");
        assertThat(new java.math.BigDecimal(rows.get("PENALTY").get("confiscatedAndFined").toString())).isEqualByComparingTo("25000");
        assertThat(((Number) rows.get("INSPECTION").get("cases")).intValue()).isEqualTo(1);
        assertThat(((Number) ((Map<String, Object>) statistics.get("reviews")).get("total")).intValue()).isEqualTo(1);
    }
}
