package org.sanxiang.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Registers the mail delivery job and its retry handling with the engine. */
@Component
public class NotificationEnginePlugin extends AbstractProcessEnginePlugin {

    private final NotificationSettings settings;
    private final ObjectProvider<NotificationDelivery> delivery;

    public NotificationEnginePlugin(NotificationSettings settings, ObjectProvider<NotificationDelivery> delivery) {
        this.settings = settings;
        this.delivery = delivery;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<JobHandler> handlers = configuration.getCustomJobHandlers() == null
            ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
        handlers.add(new DeliveryJobHandler(delivery));
        configuration.setCustomJobHandlers(handlers);
        configuration.setFailedJobCommandFactory(new DeliveryRetry(settings.retryIntervals(), delivery));
    }
}
