-- Supervision and the annual statistics (package org.sanxiang.supervision, docs/domain.md
-- "Supervision"). Portable SQL: runs unchanged on H2 2.x and MariaDB 10.6+.

-- the organisational unit (承办机构) of a case: NULL for cases registered before units were kept,
-- counted under the configured default unit (sanxiang.supervision.default-unit)
ALTER TABLE enforcement_case ADD COLUMN handling_unit VARCHAR(100);
-- when the leader decided (负责人决定): the annual statistics count decisions by this year
ALTER TABLE enforcement_case ADD COLUMN decided_at DATETIME(6);

-- the dashboard's filters (period of 立案, category, status) and the year of the decision
CREATE INDEX ix_enforcement_case_registered ON enforcement_case (registered_at, category);
CREATE INDEX ix_enforcement_case_status ON enforcement_case (status, category);
CREATE INDEX ix_enforcement_case_decided ON enforcement_case (decided_at, category);
-- deadlines by type and status (dashboard, warnings, disclosure timeliness, recording compliance)
CREATE INDEX ix_deadline_record_type_status ON deadline_record (deadline_type, status, due_at);
-- reviews by the time they concluded, reviewers' workload
CREATE INDEX ix_review_conclusion_recorded ON review_conclusion (recorded_at);
CREATE INDEX ix_review_opinion_actor ON review_opinion (actor, case_number);
CREATE INDEX ix_review_acceptance_actor ON review_acceptance (actor, case_number);
CREATE INDEX ix_review_acceptance_instance ON review_acceptance (review_instance_id, materials_complete);

-- the penalties of a decision that imposes several (e.g. 罚款 and 没收违法所得); a case without rows
-- here has the one penalty of its facts (action, amount). The statistics count a case once, under
-- its heaviest penalty, and add its fines and confiscations to 罚没金额.
CREATE TABLE decision_penalty (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number VARCHAR(64)    NOT NULL,
    action      VARCHAR(32)    NOT NULL,
    amount      DECIMAL(15, 2) NOT NULL
);
CREATE INDEX ix_decision_penalty_case ON decision_penalty (case_number);

-- every version of a year's statistics (年度行政执法数据): computed, approved, published; a
-- correction after publication is a new version with its reason. Never updated after publication.
CREATE TABLE annual_statistics (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    stat_year         INT          NOT NULL,
    version_no        INT          NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    content           TEXT         NOT NULL,
    computed_at       DATETIME(6)  NOT NULL,
    computed_by       VARCHAR(64),
    approved_by       VARCHAR(64),
    published_at      DATETIME(6),
    correction_reason TEXT,
    CONSTRAINT uk_annual_statistics_version UNIQUE (stat_year, version_no)
);
CREATE INDEX ix_annual_statistics_status ON annual_statistics (stat_year, status);
