-- The case-file package built once when archive-case completes (package org.sanxiang.casefile): its
-- content is kept content-addressed in the file store like every file; its hash is also an entry of
-- the case's record. Append-only (triggers in V65, db/vendor/{vendor}); one package per case.
CREATE TABLE archive_package (
    case_number          VARCHAR(64) NOT NULL PRIMARY KEY,
    content_hash         VARCHAR(64) NOT NULL,
    hash_algorithm       VARCHAR(16) NOT NULL,
    size_bytes           BIGINT      NOT NULL,
    checkpoint_tree_size BIGINT      NOT NULL,
    archived_by          VARCHAR(64) NOT NULL,
    created_at           BIGINT      NOT NULL
);
