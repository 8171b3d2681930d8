package org.sanxiang;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.sanxiang.calendar.WorkingDayCalendar;

/** Moves the engine's clock in Beijing time and runs the timers that are due, as the job executor would. */
public class Timers {

    private final ManagementService managementService;

    public Timers(ManagementService managementService) {
        this.managementService = managementService;
    }

    /** a moment in Beijing time, e.g. {@code at("2026-09-24T10:00")} */
    public static Date at(String localDateTime) {
        return Date.from(LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant());
    }

    public static void now(String localDateTime) {
        ClockUtil.setCurrentTime(at(localDateTime));
    }

    /** the timer of the activity in the process instance (fails unless there is exactly one) */
    public Job timer(String processInstanceId, String activityId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers().activityId(activityId).singleResult();
    }

    public List<Job> timers(String processInstanceId) {
        return managementService.createJobQuery().processInstanceId(processInstanceId).timers().list();
    }

    /** the activity (timer event) of a timer job */
    public String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId();
    }

    /**
     * Sets the clock and runs the timers of the process instance that are due then.
     *
     * @return the activity ids of the timers that ran
     */
    public List<String> runDueAt(String processInstanceId, String localDateTime) {
        now(localDateTime);
        List<Job> due = managementService.createJobQuery().processInstanceId(processInstanceId).timers().executable().list();
        due.forEach(job -> managementService.executeJob(job.getId()));
        return due.stream().map(this::activityOf).sorted().toList();
    }
}
