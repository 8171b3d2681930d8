-- The full-process record (执法全过程记录, package org.sanxiang.record). Portable SQL: H2 2.x and
-- MariaDB 10.11+. Every table here is append-only: the triggers of V21 (db/vendor/{vendor}) refuse
-- UPDATE and DELETE, and production grants the application only INSERT and SELECT on them (README).

-- one row per step of a case, hash-chained per case: entry_hash = H(canonical form ‖ prev_hash)
CREATE TABLE record_entry (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number    VARCHAR(64)  NOT NULL,
    seq            INT          NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    actor          VARCHAR(64)  NOT NULL,
    occurred_at    BIGINT       NOT NULL,
    details        TEXT         NOT NULL,
    hash_algorithm VARCHAR(16)  NOT NULL,
    prev_hash      VARCHAR(64),
    entry_hash     VARCHAR(64)  NOT NULL,
    CONSTRAINT uk_record_entry_case_seq UNIQUE (case_number, seq)
);

-- the global Merkle log (RFC 9162): the leaf at log_index is entry entry_id, leaf_hash = H(0x00 ‖ entry)
CREATE TABLE record_leaf (
    log_index BIGINT      NOT NULL PRIMARY KEY,
    entry_id  BIGINT      NOT NULL,
    case_number VARCHAR(64) NOT NULL,
    leaf_hash VARCHAR(64) NOT NULL,
    CONSTRAINT uk_record_leaf_entry UNIQUE (entry_id)
);
CREATE INDEX ix_record_leaf_case ON record_leaf (case_number);

-- every complete subtree of the log: the hash of leaves [node_index * 2^node_level, (node_index + 1) * 2^node_level)
CREATE TABLE record_node (
    node_level INT         NOT NULL,
    node_index BIGINT      NOT NULL,
    hash       VARCHAR(64) NOT NULL,
    PRIMARY KEY (node_level, node_index)
);

-- the signed checkpoints (C2SP tlog-checkpoint), one per tree size
CREATE TABLE record_checkpoint (
    tree_size BIGINT      NOT NULL PRIMARY KEY,
    root_hash VARCHAR(64) NOT NULL,
    issued_at BIGINT      NOT NULL,
    note      TEXT        NOT NULL
);

-- the lock row that lets one node at a time add leaves to the log (SELECT ... FOR UPDATE)
CREATE TABLE record_sequencer (
    id INT NOT NULL PRIMARY KEY
);
INSERT INTO record_sequencer (id) VALUES (1);
