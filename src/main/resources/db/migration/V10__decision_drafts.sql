-- Every draft of a case's decision (拟作出决定), one row per completion of draft-decision: the
-- reviewer sees the draft of the round and what changed since the last one (docs/domain.md, 法制审核).
-- Portable between H2 2.x and MariaDB 10.11+ (utf8mb4).

CREATE TABLE decision_draft (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number          VARCHAR(64)    NOT NULL,
    version_no           INT            NOT NULL,
    action               VARCHAR(32)    NOT NULL,
    amount               DECIMAL(15, 2) NOT NULL,
    decision_draft       TEXT           NOT NULL,
    evidence_reasoning   TEXT           NOT NULL,
    legal_basis          TEXT           NOT NULL,
    discretion_reasoning TEXT           NOT NULL,
    drafted_by           VARCHAR(64)    NOT NULL,
    drafted_at           DATETIME(6)    NOT NULL,
    CONSTRAINT uk_decision_draft_version UNIQUE (case_number, version_no)
);
