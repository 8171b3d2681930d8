package org.sanxiang.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.people.Directory;
import org.sanxiang.supervision.AnnualReportProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The previous year's statistics, published once on a fresh demo database by running
 * {@code annual-report} for that year and approving it as the demo leader: the portal's
 * {@code /public/statistics/{year}} shows the demo's two cases of that year ({@link DemoLastYear}): a
 * fine with confiscation and an inspection; the other rows of the agency's powers are listed with 0.
 */
@Component
@Profile("demo")
@Order(40)
public class DemoStatistics implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoStatistics.class);

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final IdentityService identityService;
    private final Directory directory;

    public DemoStatistics(RuntimeService runtimeService, TaskService taskService, HistoryService historyService,
                          IdentityService identityService, Directory directory) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.historyService = historyService;
        this.identityService = identityService;
        this.directory = directory;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = LocalDate.now(WorkingDayCalendar.ZONE).getYear() - 1;
        String businessKey = AnnualReportProcess.BUSINESS_KEY_PREFIX + year;
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).count() > 0) {
            return;
        }
        String instance = runtimeService.startProcessInstanceByKey(AnnualReportProcess.PROCESS_KEY, businessKey,
            Map.<String, Object>of(AnnualReportProcess.YEAR, year)).getId();
        Task approval = taskService.createTaskQuery().processInstanceId(instance)
            .taskDefinitionKey(AnnualReportProcess.TASK_APPROVE).singleResult();
        List<String> groups = directory.groupsOf("leader1");
        identityService.setAuthentication("leader1", groups);
        try {
            taskService.claim(approval.getId(), "leader1");
            taskService.complete(approval.getId(), Map.of(AnnualReportProcess.APPROVED, true,
                AnnualReportProcess.APPROVAL_NOTE, "经核对，同意公开。"));
        } finally {
            identityService.clearAuthentication();
        }
        LOG.info("演示：{} 年度行政执法数据已公开，见 /public/statistics/{}", year, year);
    }
}
