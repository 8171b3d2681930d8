-- Working-day calendar (package org.sanxiang.calendar): the holiday schedules that administrators
-- add at run time for the years after the shipped ones (2025 and 2026 ship as
-- classpath:calendar/<year>.json and are not stored here).
-- Portable SQL: runs unchanged on H2 2.x and MariaDB 10.11+.

-- one row per year that has a stored schedule
CREATE TABLE working_calendar_year (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    cal_year   INT          NOT NULL,
    source     VARCHAR(200),
    updated_at DATETIME(6) NOT NULL,
    updated_by VARCHAR(64),
    CONSTRAINT uk_working_calendar_year UNIQUE (cal_year)
);

-- every official day off (day_off = TRUE, name = the holiday) and every weekend day declared a
-- working day (day_off = FALSE, name NULL) of the stored years
CREATE TABLE working_calendar_day (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    cal_year INT          NOT NULL,
    cal_date DATE         NOT NULL,
    day_off  BOOLEAN      NOT NULL,
    name     VARCHAR(100),
    CONSTRAINT uk_working_calendar_day UNIQUE (cal_date),
    -- both databases index the foreign key column, which serves the lookups by year
    CONSTRAINT fk_working_calendar_day_year FOREIGN KEY (cal_year) REFERENCES working_calendar_year (cal_year)
);
