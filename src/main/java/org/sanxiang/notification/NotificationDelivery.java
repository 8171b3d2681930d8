package org.sanxiang.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one mail of the outbox, in the delivery job's transaction. Idempotent: a mail already
 * sent is not sent again. A failure to send is thrown, so that the engine retries the job.
 */
@Component
public class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final NotificationRepository repository;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;

    public NotificationDelivery(NotificationRepository repository, ObjectProvider<JavaMailSender> mailSender,
                                NotificationSettings settings) {
        this.repository = repository;
        this.mailSender = mailSender;
        this.settings = settings;
    }

    @Transactional
    public void deliver(Long notificationId) {
        Notification notification = repository.findById(notificationId).orElse(null);
        if (notification == null) {
            log.warn("Outbox: mail {} no longer exists; nothing to send", notificationId);
            return;
        }
        if (notification.isSent()) {
            log.info("Outbox: mail {} was already sent at {}; not sent again", notificationId, notification.getSentAt());
            return;
        }
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            notification.waitingFor(NotificationOutbox.NO_MAIL_SERVER);
            repository.save(notification);
            return;
        }
        sender.send(message(sender, notification));
        notification.sent(ClockUtil.getCurrentTime().toInstant());
        repository.save(notification);
        log.info("Outbox: mail {} sent to {}", notificationId, notification.getRecipientAddress());
    }

    /** records a failed attempt (in the transaction of the engine's retry handling) */
    @Transactional
    public void attemptFailed(Long notificationId, String reason, boolean finalFailure) {
        repository.findById(notificationId).ifPresent(notification -> {
            if (!notification.isSent()) {
                notification.attemptFailed(reason, finalFailure);
                repository.save(notification);
            }
        });
    }

    private MimeMessage message(JavaMailSender sender, Notification notification) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(notification.getRecipientAddress());
            helper.setSubject(notification.getSubject());
            helper.setText(notification.getBody(), false);
            message.setHeader("X-Sanxiang-Notification", String.valueOf(notification.getId()));
            // the same on every attempt (JavaMailSenderImpl keeps a Message-ID that was set): a
            // mail sent twice, after a crash between the server's acceptance and the commit, is
            // shown once by the recipient's mail client
            if (notification.getMessageId() != null) {
                message.setHeader("Message-ID", notification.getMessageId());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException("mail " + notification.getId() + " cannot be prepared", e);
        }
        return message;
    }
}
