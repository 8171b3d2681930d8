package org.sanxiang.notification;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanxiang.mail.*}: the sender, the links in mails and the delivery retries. The mail server
 * itself is Spring's {@code spring.mail.*} (host, port, username, password); without
 * {@code spring.mail.host} nothing is sent and the outbox keeps the mails.
 *
 * @param from          the sender address
 * @param baseUrl       the public base URL of this installation, for links to Tasklist
 * @param retryIntervals how long to wait after each failed attempt; their number is the number of
 *                      attempts, after the last failed one the job gets an incident
 * @param messageIdDomain the right-hand side of the mails' Message-ID headers (default
 *                      {@value #DEFAULT_MESSAGE_ID_DOMAIN}, a name that is nobody's host)
 */
@ConfigurationProperties("sanxiang.mail")
public record NotificationSettings(String from, String baseUrl, List<Duration> retryIntervals, String messageIdDomain) {

    public static final String DEFAULT_MESSAGE_ID_DOMAIN = "sanxiang.invalid";

    public NotificationSettings {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("sanxiang.mail.from must be set");
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("sanxiang.mail.base-url (or sanxiang.base-url) must be set");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (retryIntervals == null || retryIntervals.isEmpty()) {
            throw new IllegalArgumentException("sanxiang.mail.retry-intervals must name at least one duration");
        }
        retryIntervals = List.copyOf(retryIntervals);
        if (messageIdDomain == null || messageIdDomain.isBlank()) {
            messageIdDomain = DEFAULT_MESSAGE_ID_DOMAIN;
        }
        // RFC 5322 dot-atom, and short enough that the whole Message-ID fits notification_outbox.message_id (250)
        if (messageIdDomain.length() > 150 || !messageIdDomain.matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*")) {
            throw new IllegalArgumentException("sanxiang.mail.message-id-domain must be a domain name like sanxiang.invalid, at most 150 characters: " + messageIdDomain);
        }
    }

    /** the link that opens the task in Tasklist */
    public String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
