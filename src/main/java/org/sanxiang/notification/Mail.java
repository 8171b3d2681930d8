package org.sanxiang.notification;

/**
 * A mail to be sent to one person.
 *
 * @param dedupKey when not null, a second mail with the same key is never written
 */
public record Mail(NotificationKind kind, String caseNumber, String taskId, String recipientUser,
                   String recipientAddress, String subject, String body, String dedupKey) {
}
