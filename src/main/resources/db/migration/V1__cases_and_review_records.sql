-- The application's own tables for cases and the legal review (every round kept).
-- Portable between H2 2.x and MariaDB 10.11+ (utf8mb4).

CREATE TABLE enforcement_case (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number         VARCHAR(64)    NOT NULL,
    process_instance_id VARCHAR(64)    NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    category            VARCHAR(32)    NOT NULL,
    action              VARCHAR(32)    NOT NULL,
    procedure_type      VARCHAR(16)    NOT NULL,
    tier                VARCHAR(16)    NOT NULL,
    domain              VARCHAR(100)   NOT NULL,
    party_type          VARCHAR(16)    NOT NULL,
    party_name          VARCHAR(200)   NOT NULL,
    amount              DECIMAL(15, 2) NOT NULL,
    handlers            VARCHAR(1000)  NOT NULL,
    registered_by       VARCHAR(64),
    registered_at       DATETIME(6)   NOT NULL,
    status              VARCHAR(32)    NOT NULL,
    review_level        VARCHAR(16),
    review_basis        VARCHAR(2000),
    review_outcome      VARCHAR(32),
    decision_number     VARCHAR(100),
    closed_at           DATETIME(6),
    archived_at         DATETIME(6),
    CONSTRAINT uk_enforcement_case_number UNIQUE (case_number)
);

CREATE TABLE case_number_sequence (
    seq_year   INT    NOT NULL PRIMARY KEY,
    last_value BIGINT NOT NULL
);

CREATE TABLE review_submission (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number        VARCHAR(64)   NOT NULL,
    review_instance_id VARCHAR(64)   NOT NULL,
    round_no           INT           NOT NULL,
    actor              VARCHAR(64)   NOT NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    kind               VARCHAR(16)   NOT NULL,
    materials          VARCHAR(1000) NOT NULL,
    note               TEXT          NOT NULL
);
CREATE INDEX ix_review_submission_case ON review_submission (case_number, round_no);

CREATE TABLE review_acceptance (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number        VARCHAR(64)  NOT NULL,
    review_instance_id VARCHAR(64)  NOT NULL,
    round_no           INT          NOT NULL,
    actor              VARCHAR(64)  NOT NULL,
    recorded_at        DATETIME(6) NOT NULL,
    materials_complete BOOLEAN      NOT NULL,
    missing_materials  TEXT
);
CREATE INDEX ix_review_acceptance_case ON review_acceptance (case_number, round_no);

CREATE TABLE review_opinion (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number        VARCHAR(64)  NOT NULL,
    review_instance_id VARCHAR(64)  NOT NULL,
    round_no           INT          NOT NULL,
    actor              VARCHAR(64)  NOT NULL,
    recorded_at        DATETIME(6) NOT NULL,
    opinion            VARCHAR(16)  NOT NULL,
    passed_checks      VARCHAR(500) NOT NULL,
    failed_checks      VARCHAR(500) NOT NULL,
    opinion_text       TEXT,
    refer_to_judicial  BOOLEAN      NOT NULL
);
CREATE INDEX ix_review_opinion_case ON review_opinion (case_number, round_no);

CREATE TABLE review_answer (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number        VARCHAR(64)  NOT NULL,
    review_instance_id VARCHAR(64)  NOT NULL,
    round_no           INT          NOT NULL,
    actor              VARCHAR(64)  NOT NULL,
    recorded_at        DATETIME(6) NOT NULL,
    response           VARCHAR(16)  NOT NULL,
    response_text      TEXT         NOT NULL
);
CREATE INDEX ix_review_answer_case ON review_answer (case_number, round_no);

CREATE TABLE review_negotiation (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number        VARCHAR(64)  NOT NULL,
    review_instance_id VARCHAR(64)  NOT NULL,
    round_no           INT          NOT NULL,
    actor              VARCHAR(64)  NOT NULL,
    recorded_at        DATETIME(6) NOT NULL,
    result             VARCHAR(32)  NOT NULL,
    note               TEXT         NOT NULL
);
CREATE INDEX ix_review_negotiation_case ON review_negotiation (case_number, round_no);

CREATE TABLE review_collective_discussion (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number        VARCHAR(64)   NOT NULL,
    review_instance_id VARCHAR(64)   NOT NULL,
    round_no           INT           NOT NULL,
    actor              VARCHAR(64)   NOT NULL,
    recorded_at        DATETIME(6)  NOT NULL,
    resolution         VARCHAR(32)   NOT NULL,
    minutes            TEXT          NOT NULL,
    attendees          VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_review_collective_case ON review_collective_discussion (case_number, round_no);

CREATE TABLE review_conclusion (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number        VARCHAR(64)  NOT NULL,
    review_instance_id VARCHAR(64)  NOT NULL,
    round_no           INT          NOT NULL,
    actor              VARCHAR(64)  NOT NULL,
    recorded_at        DATETIME(6) NOT NULL,
    outcome            VARCHAR(32)  NOT NULL,
    passed             BOOLEAN      NOT NULL,
    CONSTRAINT uk_review_conclusion_instance UNIQUE (review_instance_id)
);
CREATE INDEX ix_review_conclusion_case ON review_conclusion (case_number);
