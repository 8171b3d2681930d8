package org.sanxiang.notification;

import java.util.UUID;

/**
 * The Message-ID header of an outbox mail: {@code <notification-{id}.{random UUID}@{domain}>}. It is
 * made once, when the row is written, and stored with it; every attempt to send the row carries it.
 * Delivery is at least once (package documentation), and mail clients show messages with the same
 * Message-ID once: a mail sent again after a crash is harmless. The row id says which row a mail
 * came from; the UUID keeps the header globally unique across installations and databases whose
 * ids overlap (test and production, two agencies).
 */
final class MessageId {

    private MessageId() {
    }

    static String of(long notificationId, String domain) {
        return "<notification-" + notificationId + "." + UUID.randomUUID() + "@" + domain + ">";
    }
}
