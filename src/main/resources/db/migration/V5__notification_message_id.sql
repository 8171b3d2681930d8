-- The Message-ID of each outbox mail (package org.sanxiang.notification), fixed when the row is
-- written: delivery is at least once, and a mail sent again after a crash carries the same
-- Message-ID, so that mail clients show it once. Portable SQL: H2 2.x and MariaDB 10.6+.
ALTER TABLE notification_outbox ADD COLUMN message_id VARCHAR(250);

-- rows written before this migration: their id and creation time (to the microsecond), so that
-- they differ from every other installation's rows too
UPDATE notification_outbox SET message_id = CONCAT('<notification-', id, '.',
    EXTRACT(YEAR FROM created_at) * 10000 + EXTRACT(MONTH FROM created_at) * 100 + EXTRACT(DAY FROM created_at), '.',
    EXTRACT(HOUR FROM created_at) * 10000 + EXTRACT(MINUTE FROM created_at) * 100 + EXTRACT(SECOND FROM created_at), '.',
    EXTRACT(MICROSECOND FROM created_at), '@sanxiang.invalid>')
WHERE message_id IS NULL;

ALTER TABLE notification_outbox ADD CONSTRAINT uk_notification_outbox_message_id UNIQUE (message_id);
