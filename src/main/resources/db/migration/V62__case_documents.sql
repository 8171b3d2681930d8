-- The enforcement documents (执法文书, package org.sanxiang.documents): each generated document of a
-- case, its document number (文号) and the case-file entry (case_file) that holds its PDF.
-- Portable SQL: runs unchanged on H2 2.x and MariaDB 10.6+.

-- the last number given per kind of document and year (事先告知书 and 送达回证; a decision's number is
-- the one the leader gives it): 〔2026〕12号 is the twelfth of its kind in 2026
CREATE TABLE document_sequence (
    kind     VARCHAR(32) NOT NULL,
    doc_year INT         NOT NULL,
    last_no  INT         NOT NULL,
    PRIMARY KEY (kind, doc_year)
);

CREATE TABLE case_document (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number VARCHAR(64)  NOT NULL,
    kind        VARCHAR(32)  NOT NULL,
    doc_number  VARCHAR(100) NOT NULL,
    file_id     BIGINT       NOT NULL,
    -- the user task whose step issued it: one document of a kind per step
    task_id     VARCHAR(64)  NOT NULL,
    issued_at   BIGINT       NOT NULL,
    CONSTRAINT uq_case_document_step UNIQUE (task_id, kind)
);
CREATE INDEX ix_case_document_case ON case_document (case_number, id);
