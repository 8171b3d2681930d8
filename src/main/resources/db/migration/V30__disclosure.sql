-- 公示: one row per decided case that reached the disclosure process (see docs/domain.md, Disclosure)
CREATE TABLE disclosure (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number          VARCHAR(64)   NOT NULL,
    process_instance_id  VARCHAR(64),
    agency               VARCHAR(200)  NOT NULL,
    category             VARCHAR(32)   NOT NULL,
    action_code          VARCHAR(64),
    decision_number      VARCHAR(200),
    title                VARCHAR(500)  NOT NULL,
    decided_on           DATE          NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    original_text        TEXT,
    published_text       TEXT,
    masked_spans         TEXT,
    original_hash        VARCHAR(64),
    published_hash       VARCHAR(64),
    search_text          TEXT,
    version              INT           NOT NULL,
    not_published_reason VARCHAR(500),
    check_note           TEXT,
    published_at         DATETIME(6),
    corrected_at         DATETIME(6),
    withdrawn_at         DATETIME(6),
    withdrawal_reason    VARCHAR(1000),
    expired_at           DATETIME(6),
    CONSTRAINT uk_disclosure_case UNIQUE (case_number)
);
CREATE INDEX ix_disclosure_public ON disclosure (status, decided_on, id);
CREATE INDEX ix_disclosure_category ON disclosure (status, category, decided_on);

-- every published version (corrections make new ones); kept after withdrawal and expiry
CREATE TABLE disclosure_version (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    disclosure_id   BIGINT        NOT NULL,
    version         INT           NOT NULL,
    published_text  TEXT          NOT NULL,
    original_hash   VARCHAR(64)   NOT NULL,
    published_hash  VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(64),
    note            VARCHAR(1000),
    CONSTRAINT uk_disclosure_version UNIQUE (disclosure_id, version)
);

-- the search index of published decisions: each distinct character bigram of the searchable text
-- (and the text's last character), so that a Chinese keyword is found by index lookups; rows exist
-- only while the decision is published
CREATE TABLE disclosure_gram (
    gram           VARCHAR(2)    NOT NULL,
    disclosure_id  BIGINT        NOT NULL,
    PRIMARY KEY (gram, disclosure_id)
);
CREATE INDEX ix_disclosure_gram_owner ON disclosure_gram (disclosure_id);
