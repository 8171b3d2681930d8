package org.sanxiang.catalogadmin;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code catalog_draft} and {@code catalog_deployment}. */
@Repository
class CatalogRecords {

    /** an uploaded draft */
    record Draft(long id, String uploadedBy, Instant uploadedAt, String fileName, String sha256, String xml, boolean valid,
                 Integer deployedVersion) {
    }

    /** a deployment or rollback made here */
    record Deployment(String kind, int version, String deploymentId, Long draftId, Integer fromVersion, String actor,
                      Instant deployedAt, String reason, String sha256) {
    }

    static final String DEPLOY = "DEPLOY";
    static final String ROLLBACK = "ROLLBACK";

    private final JdbcTemplate jdbc;

    CatalogRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long saveDraft(String uploadedBy, String fileName, String sha256, String xml, boolean valid) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO catalog_draft (uploaded_by, uploaded_at, file_name, sha256, dmn_xml, valid)"
                + " VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, uploadedBy);
            statement.setTimestamp(2, Timestamp.from(Instant.now()));
            statement.setString(3, fileName);
            statement.setString(4, sha256);
            statement.setString(5, xml);
            statement.setBoolean(6, valid);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    Optional<Draft> draft(long id) {
        return jdbc.query("SELECT * FROM catalog_draft WHERE id = ?", (rs, n) -> new Draft(rs.getLong("id"), rs.getString("uploaded_by"),
            rs.getTimestamp("uploaded_at").toInstant(), rs.getString("file_name"), rs.getString("sha256"), rs.getString("dmn_xml"),
            rs.getBoolean("valid"), (Integer) rs.getObject("deployed_version", Integer.class)), id).stream().findFirst();
    }

    void draftDeployed(long id, int version) {
        jdbc.update("UPDATE catalog_draft SET deployed_version = ? WHERE id = ?", version, id);
    }

    void record(Deployment deployment, String versionTag) {
        jdbc.update("INSERT INTO catalog_deployment (kind, version, version_tag, deployment_id, draft_id, from_version, actor, deployed_at, reason, sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", deployment.kind(), deployment.version(), versionTag, deployment.deploymentId(),
            deployment.draftId(), deployment.fromVersion(), deployment.actor(), Timestamp.from(deployment.deployedAt()), deployment.reason(),
            deployment.sha256());
    }

    Map<Integer, Deployment> deployments() {
        List<Deployment> all = jdbc.query("SELECT * FROM catalog_deployment", (rs, n) -> new Deployment(rs.getString("kind"), rs.getInt("version"),
            rs.getString("deployment_id"), (Long) rs.getObject("draft_id", Long.class), (Integer) rs.getObject("from_version", Integer.class),
            rs.getString("actor"), rs.getTimestamp("deployed_at").toInstant(), rs.getString("reason"), rs.getString("sha256")));
        return all.stream().collect(Collectors.toMap(Deployment::version, Function.identity(), (a, b) -> a));
    }
}
