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
 */
@ConfigurationProperties("sanxiang.mail")
public record NotificationSettings(String from, String baseUrl, List<Duration> retryIntervals) {

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
    }

    /** the link that opens the task in Tasklist */
    public String taskLink(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }
}
