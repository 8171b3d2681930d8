-- The case file (案卷, package org.sanxiang.casefile): every document, piece of evidence and
-- audio/video recording of a case. Append-only like the record (triggers in V23, db/vendor/{vendor}):
-- nothing is deleted or replaced; a correction is a new row that names the one it supersedes.
-- The content itself is kept content-addressed (by content_hash) in the file store.
CREATE TABLE case_file (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number    VARCHAR(64)  NOT NULL,
    file_type      VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content_type   VARCHAR(100) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    hash_algorithm VARCHAR(16)  NOT NULL,
    activity       VARCHAR(100) NOT NULL,
    activity_at    BIGINT       NOT NULL,
    uploaded_by    VARCHAR(64)  NOT NULL,
    uploaded_at    BIGINT       NOT NULL,
    supersedes     BIGINT,
    late           BOOLEAN      NOT NULL
);
CREATE INDEX ix_case_file_case ON case_file (case_number);
