-- 持证上岗, recusal and signed written opinions (packages org.sanxiang.people and org.sanxiang.review).
-- Portable SQL: runs unchanged on H2 2.x and MariaDB 10.11+ (utf8mb4).

-- one row per user: the enforcement certificate (执法证号 and expiry) and the legal-profession
-- qualification (法律职业资格) of reviewers; kept by administrators over REST
CREATE TABLE staff_credential (
    user_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
    certificate_number  VARCHAR(64),
    certificate_expiry  DATE,
    legal_qualification BOOLEAN      NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    updated_by          VARCHAR(64)
);

-- declared recusals (回避): the user may not act on the case's legal review
CREATE TABLE case_recusal (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_number VARCHAR(64)   NOT NULL,
    user_id     VARCHAR(64)   NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    declared_by VARCHAR(64)   NOT NULL,
    declared_at DATETIME(6)   NOT NULL,
    CONSTRAINT uk_case_recusal UNIQUE (case_number, user_id)
);

-- the signature of every written opinion: the canonical text that was signed, the signature
-- (Base64), the algorithm and the SHA-256 fingerprint of the agency's public key. Opinions written
-- before this migration stay unsigned (NULL) and are reported as such.
ALTER TABLE review_opinion ADD COLUMN canonical_text TEXT;
ALTER TABLE review_opinion ADD COLUMN signature VARCHAR(200);
ALTER TABLE review_opinion ADD COLUMN signature_algorithm VARCHAR(32);
ALTER TABLE review_opinion ADD COLUMN key_fingerprint VARCHAR(64);
