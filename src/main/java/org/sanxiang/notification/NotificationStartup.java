package org.sanxiang.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Wires the notifications: their settings, the daily calendar check, and at start the mails that
 * were written while no mail server was configured, handed to delivery jobs once one is.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationSettings.class)
public class NotificationStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NotificationStartup.class);

    private final NotificationOutbox outbox;

    public NotificationStartup(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!outbox.mailServerConfigured()) {
            log.info("Mail: spring.mail.host is not set; mails are kept in the outbox (GET /api/notifications) and not sent");
            return;
        }
        int queued = outbox.queuePending();
        if (queued > 0) {
            log.info("Mail: {} mails written while no mail server was configured are now queued for delivery", queued);
        }
    }
}
