package org.sanxiang.notification;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes mails to the outbox in the caller's transaction, each with the job that will send it.
 * Called from the engine's listeners and delegates, the row and the job are part of the process
 * step: rolled back with it, committed with it.
 */
@Component
public class NotificationOutbox {

    /** the reason a mail waits when no mail server is configured */
    public static final String NO_MAIL_SERVER = "未配置邮件服务器";

    private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

    private final NotificationRepository repository;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final NotificationSettings settings;

    public NotificationOutbox(NotificationRepository repository, ObjectProvider<JavaMailSender> mailSender,
                              ProcessEngineConfigurationImpl engineConfiguration, NotificationSettings settings) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.engineConfiguration = engineConfiguration;
        this.settings = settings;
    }

    /** writes the mail unless one with the same deduplication key exists; returns whether it was written */
    @Transactional
    public boolean enqueue(Mail mail) {
        if (mail.dedupKey() != null && repository.existsByDedupKey(mail.dedupKey())) {
            return false;
        }
        Notification notification = repository.save(new Notification(mail, ClockUtil.getCurrentTime().toInstant()));
        // the insert gave the row its id; the Message-ID is written in the same transaction
        notification.identify(MessageId.of(notification.getId(), settings.messageIdDomain()));
        if (mailServerConfigured()) {
            notification.queued(createDeliveryJob(notification.getId()));
        } else {
            notification.waitingFor(NO_MAIL_SERVER);
        }
        repository.save(notification);
        log.debug("Outbox: mail {} ({}) to {} written", notification.getId(), mail.kind(), mail.recipientUser());
        return true;
    }

    public boolean mailServerConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /** hands every pending mail that has no job yet to a new job (after a mail server was configured) */
    @Transactional
    public int queuePending() {
        if (!mailServerConfigured()) {
            return 0;
        }
        int queued = 0;
        for (Notification notification : repository.findByStatusAndJobIdIsNull(NotificationStatus.PENDING)) {
            notification.queued(createDeliveryJob(notification.getId()));
            repository.save(notification);
            queued++;
        }
        return queued;
    }

    /** a job of the engine, in the current engine command if there is one, else in the current transaction */
    private String createDeliveryJob(Long notificationId) {
        return engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
            MessageEntity message = new MessageEntity();
            message.setJobHandlerType(DeliveryJobHandler.TYPE);
            message.setJobHandlerConfiguration(new DeliveryJobHandler.Configuration(notificationId));
            context.getJobManager().send(message);
            return message.getId();
        });
    }
}
