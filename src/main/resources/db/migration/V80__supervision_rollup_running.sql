-- The dashboard's roll-up (V76) now also holds what depends on the moment of asking, so that the
-- summary no longer scans the open cases and running deadlines (package org.sanxiang.supervision,
-- docs/domain.md "Supervision"): the stage of each open case (figure STAGE, kept when its tasks
-- change) and one fact per case and type of running deadline (figure RUNNING, key "type:OPEN:due
-- day", "type:OVERDUE" or "type:MULTI"), counted per due day. Portable SQL (H2 2.x, MariaDB 10.11+).

-- the running deadlines on the boundary days (today, the day they become due soon) are looked up by key
CREATE INDEX ix_supervision_case_fact_key ON supervision_case_fact (figure, k);

-- the same sums per month of 立案 (reg_month = its first day), kept with the daily rows: a period of
-- whole months reads a few rows per month instead of one per day
CREATE TABLE supervision_rollup_month (
    reg_month DATE         NOT NULL,
    category  VARCHAR(32)  NOT NULL,
    unit      VARCHAR(100) NOT NULL,
    figure    VARCHAR(32)  NOT NULL,
    k         VARCHAR(100) NOT NULL,
    n         BIGINT       NOT NULL,
    CONSTRAINT pk_supervision_rollup_month PRIMARY KEY (reg_month, category, unit, figure, k)
);

-- the existing cases' new facts are filled at the next start (RollupUpgrade rebuilds the whole roll-up)
UPDATE supervision_rollup_state SET built = FALSE WHERE id = 1;
