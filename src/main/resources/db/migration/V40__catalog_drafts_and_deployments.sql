-- The review catalog, administered (package org.sanxiang.catalogadmin): drafts of the
-- major-decision DMN uploaded by catalog administrators, and every deployment and rollback of the
-- catalog with who, when, why and the SHA-256 of the DMN deployed. Portable SQL: H2 2.x and MariaDB 10.6+.
CREATE TABLE catalog_draft (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    uploaded_by   VARCHAR(64)   NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    dmn_xml       LONGTEXT      NOT NULL,
    valid         BOOLEAN       NOT NULL,
    deployed_version INT
);

CREATE TABLE catalog_deployment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(16)   NOT NULL,
    version       INT           NOT NULL,
    version_tag   VARCHAR(64),
    deployment_id VARCHAR(64)   NOT NULL,
    draft_id      BIGINT,
    from_version  INT,
    actor         VARCHAR(64)   NOT NULL,
    deployed_at   DATETIME(6)   NOT NULL,
    reason        TEXT          NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    CONSTRAINT uk_catalog_deployment_version UNIQUE (version)
);
