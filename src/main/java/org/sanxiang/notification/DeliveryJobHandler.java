package org.sanxiang.notification;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.ObjectProvider;

/** The engine's job that sends one mail of the outbox; its configuration is the outbox row's id. */
public class DeliveryJobHandler implements JobHandler<DeliveryJobHandler.Configuration> {

    public static final String TYPE = "sanxiang-mail";

    private final ObjectProvider<NotificationDelivery> delivery;

    public DeliveryJobHandler(ObjectProvider<NotificationDelivery> delivery) {
        this.delivery = delivery;
    }

    @Override
    public String getType() {
        return TYPE;
    }

    @Override
    public void execute(Configuration configuration, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
        delivery.getObject().deliver(configuration.notificationId());
    }

    @Override
    public Configuration newConfiguration(String canonicalString) {
        return new Configuration(Long.valueOf(canonicalString));
    }

    @Override
    public void onDelete(Configuration configuration, JobEntity jobEntity) {
        // the outbox row stays: it records what was (not) sent
    }

    public record Configuration(Long notificationId) implements JobHandlerConfiguration {
        @Override
        public String toCanonicalString() {
            return String.valueOf(notificationId);
        }
    }
}
