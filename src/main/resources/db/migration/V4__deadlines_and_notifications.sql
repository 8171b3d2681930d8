-- Deadlines (package org.sanxiang.deadline) and the mail outbox (package org.sanxiang.notification).
-- Portable SQL: runs unchanged on H2 2.x and MariaDB 10.11+.

-- one row per deadline that ran for a case: the legal review (per acceptance), the penalty
-- decision (90 days from 立案), a seizure (查封扣押) and archiving; kept after it is met or missed
CREATE TABLE deadline_record (
    id                        BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number               VARCHAR(64)  NOT NULL,
    deadline_type             VARCHAR(32)  NOT NULL,
    process_instance_id       VARCHAR(64)  NOT NULL,
    started_at                DATETIME(6)  NOT NULL,
    original_due_at           DATETIME(6)  NOT NULL,
    due_at                    DATETIME(6)  NOT NULL,
    status                    VARCHAR(16)  NOT NULL,
    overdue_at                DATETIME(6),
    completed_at              DATETIME(6),
    late_seconds              BIGINT,
    extension_requested_by    VARCHAR(64),
    extension_reason          TEXT,
    extension_decided_by      VARCHAR(64),
    extension_approved        BOOLEAN,
    extension_opinion         TEXT
);
CREATE INDEX ix_deadline_record_case ON deadline_record (case_number, deadline_type);
CREATE INDEX ix_deadline_record_instance ON deadline_record (process_instance_id, deadline_type, status);

-- transactional outbox: one row per mail to one person, written in the transaction of the
-- process step that causes it and delivered by a job of the engine (handler sanxiang-mail)
CREATE TABLE notification_outbox (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(32)   NOT NULL,
    case_number       VARCHAR(64),
    task_id           VARCHAR(64),
    recipient_user    VARCHAR(64)   NOT NULL,
    recipient_address VARCHAR(254)  NOT NULL,
    subject           VARCHAR(500)  NOT NULL,
    body              TEXT          NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    status_reason     VARCHAR(1000),
    attempts          INT           NOT NULL,
    created_at        DATETIME(6)   NOT NULL,
    sent_at           DATETIME(6),
    job_id            VARCHAR(64),
    dedup_key         VARCHAR(200),
    CONSTRAINT uk_notification_outbox_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_notification_outbox_status ON notification_outbox (status, created_at);
CREATE INDEX ix_notification_outbox_case ON notification_outbox (case_number);
