-- The dashboard's roll-up (package org.sanxiang.supervision, docs/domain.md "Supervision"): the
-- figures that do not depend on the moment of asking, counted per Beijing day of 立案 × category ×
-- unit, so that the summary sums a few thousand rows instead of scanning every case, deadline and
-- review. Portable SQL: runs unchanged on H2 2.x and MariaDB 10.11+ (utf8mb4).

-- what one case contributes: per figure and key the number of its cases (1) or, for the review
-- time (figure REVIEW_TIME, key "accepted day/concluded day"), of its concluded reviews; with the
-- case's day of 立案 (Beijing), category and unit ('' = none, counted under the default unit).
-- Replaced whenever a step writes one of the case's rows, in the step's transaction.
CREATE TABLE supervision_case_fact (
    case_number VARCHAR(64)  NOT NULL,
    figure      VARCHAR(32)  NOT NULL,
    k           VARCHAR(100) NOT NULL,
    n           BIGINT       NOT NULL,
    reg_day     DATE         NOT NULL,
    category    VARCHAR(32)  NOT NULL,
    unit        VARCHAR(100) NOT NULL,
    CONSTRAINT pk_supervision_case_fact PRIMARY KEY (case_number, figure, k)
);

-- the sum of the facts per day × category × unit × figure × key
CREATE TABLE supervision_rollup (
    reg_day  DATE         NOT NULL,
    category VARCHAR(32)  NOT NULL,
    unit     VARCHAR(100) NOT NULL,
    figure   VARCHAR(32)  NOT NULL,
    k        VARCHAR(100) NOT NULL,
    n        BIGINT       NOT NULL,
    CONSTRAINT pk_supervision_rollup PRIMARY KEY (reg_day, category, unit, figure, k)
);

-- filled from the existing cases once, by the first node that starts after this upgrade
-- (RollupUpgrade), which then sets built
CREATE TABLE supervision_rollup_state (
    id    INT     NOT NULL PRIMARY KEY,
    built BOOLEAN NOT NULL
);
INSERT INTO supervision_rollup_state (id, built) VALUES (1, FALSE);

-- the figures still asked live: running deadlines (their state depends on now) by case, open cases
-- by the day of 立案
CREATE INDEX ix_deadline_record_running ON deadline_record (status, case_number, deadline_type, due_at);
CREATE INDEX ix_enforcement_case_open ON enforcement_case (status, registered_at, category, handling_unit);
