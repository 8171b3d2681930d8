package org.sanxiang.catalogadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.sanxiang.catalog.MajorDecision;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * The deployed versions of the catalog, read from the engine's repository: a version is a version
 * of the {@code major-decision} decision definition (its catalog table {@code major-catalog-items}
 * is in the same DMN resource). The latest version is in force: the case evaluates the latest.
 */
@Service
public class CatalogVersions {

    static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** the versions listed (the engine refuses unbounded queries for a logged-in user) */
    static final int MAX_VERSIONS = 200;

    private final RepositoryService repository;
    private final CatalogRecords records;
    private final Map<String, String> xmlByDefinition = new ConcurrentHashMap<>();

    public CatalogVersions(RepositoryService repository, CatalogRecords records) {
        this.repository = repository;
        this.records = records;
    }

    /** every version, newest first */
    public List<CatalogVersion> versions() {
        Map<Integer, CatalogRecords.Deployment> made = records.deployments();
        List<DecisionDefinition> definitions = repository.createDecisionDefinitionQuery().decisionDefinitionKey(MajorDecision.DECISION_KEY)
            .orderByDecisionDefinitionVersion().desc().listPage(0, MAX_VERSIONS);
        List<CatalogVersion> versions = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            versions.add(version(definitions.get(i), made.get(definitions.get(i).getVersion()), i == 0));
        }
        return versions;
    }

    public CatalogView inForce() {
        return view(latest());
    }

    public CatalogView view(int version) {
        return view(definition(version));
    }

    public int latestVersion() {
        return latest().getVersion();
    }

    /** the DMN file of a version, as deployed */
    public String dmn(int version) {
        return xml(definition(version));
    }

    DmnModelInstance model(int version) {
        return CatalogTable.parse(dmn(version));
    }

    /** what changed from version {@code from} to version {@code to}, item by item */
    public List<ItemChange> diff(int from, int to) {
        return ItemChange.between(view(from).items(), view(to).items());
    }

    private CatalogView view(DecisionDefinition definition) {
        CatalogVersion version = version(definition, records.deployments().get(definition.getVersion()),
            definition.getVersion() == latest().getVersion());
        return new CatalogView(version, CatalogItems.of(CatalogTable.parse(xml(definition))));
    }

    private CatalogVersion version(DecisionDefinition definition, CatalogRecords.Deployment made, boolean inForce) {
        Deployment deployment = repository.createDeploymentQuery().deploymentId(definition.getDeploymentId()).singleResult();
        String effectiveAt = deployment == null || deployment.getDeploymentTime() == null ? ""
            : BEIJING.format(deployment.getDeploymentTime().toInstant());
        return new CatalogVersion(definition.getVersion(), definition.getVersionTag(), effectiveAt, definition.getDeploymentId(),
            made == null ? "随系统发布" : made.actor(), made == null ? "系统发布" : made.kind().equals(CatalogRecords.ROLLBACK) ? "回退" : "部署",
            made == null ? "" : made.reason(), made == null ? "" : made.sha256(), inForce);
    }

    private DecisionDefinition latest() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(MajorDecision.DECISION_KEY)
            .latestVersion().singleResult();
        if (latest == null) {
            throw new NotFoundException("目录清单尚未部署。");
        }
        return latest;
    }

    private DecisionDefinition definition(int version) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(MajorDecision.DECISION_KEY)
            .decisionDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new NotFoundException("目录清单没有第 " + version + " 版。");
        }
        return definition;
    }

    private String xml(DecisionDefinition definition) {
        return xmlByDefinition.computeIfAbsent(definition.getId(), id -> {
            try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
