package org.sanxiang.notification;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The engine's handling of a failed job, with the mail delivery's own backoff: after the n-th
 * failed attempt the job waits the n-th of {@code sanxiang.mail.retry-intervals} (its due date and
 * lock move), and after the last one it has no retries left, which raises an incident. Every
 * other job is handled as the engine always does.
 */
public class DeliveryRetry implements FailedJobCommandFactory {

    private final List<Duration> intervals;
    private final ObjectProvider<NotificationDelivery> delivery;

    public DeliveryRetry(List<Duration> intervals, ObjectProvider<NotificationDelivery> delivery) {
        this.intervals = intervals;
        this.delivery = delivery;
    }

    @Override
    public Command<Object> getCommand(String jobId, Throwable exception) {
        return new RetryCmd(jobId, exception);
    }

    private class RetryCmd extends DefaultJobRetryCmd {

        RetryCmd(String jobId, Throwable exception) {
            super(jobId, exception);
        }

        @Override
        public Object execute(CommandContext commandContext) {
            JobEntity job = getJob();
            if (job == null || !DeliveryJobHandler.TYPE.equals(job.getJobHandlerType())) {
                return super.execute(commandContext);
            }
            boolean first = isFirstJobExecution(job);
            if (first) {
                job.setRetries(intervals.size());
            }
            int attempt = intervals.size() - job.getRetries() + 1;
            Duration wait = intervals.get(Math.min(attempt, intervals.size()) - 1);
            Date next = new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis());
            job.setLockExpirationTime(next);
            job.setDuedate(next);
            logException(job);
            decrementRetries(job);
            notifyAcquisition(commandContext);
            Long notificationId = Long.valueOf(job.getJobHandlerConfigurationRaw());
            delivery.getObject().attemptFailed(notificationId, reason(exception), job.getRetries() <= 0);
            return null;
        }

        private static String reason(Throwable exception) {
            Throwable root = exception;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String text = "发送失败：" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : "：" + root.getMessage());
            return text.length() > 1000 ? text.substring(0, 1000) : text;
        }
    }
}
