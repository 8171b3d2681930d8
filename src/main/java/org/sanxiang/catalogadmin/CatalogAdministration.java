package org.sanxiang.catalogadmin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.sanxiang.catalog.MajorDecision;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.ConflictException;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * What a catalog administrator does with the catalog: upload a draft (validated, compared with the
 * catalog in force, replayed), deploy a valid draft, roll back to an earlier version (a new
 * deployment of the old table). Only {@code catalog-admin} and administrators; every deployment
 * and rollback is recorded with who, when, why and the DMN's SHA-256. The deployment is made as
 * the user, so Camunda's authorizations and {@code security.DmnOnlyDeployments} (FEEL only) apply.
 */
@Service
public class CatalogAdministration {

    /** the deployments made here: name and resource name (the same as the shipped file's) */
    public static final String DEPLOYMENT_NAME = "catalog";
    public static final String RESOURCE_NAME = "dmn/major-decision.dmn";

    private static final Logger LOG = LoggerFactory.getLogger(CatalogAdministration.class);

    private final RepositoryService repository;
    private final CatalogRecords records;
    private final CatalogVersions versions;
    private final WhatIfs whatIfs;
    private final Directory directory;
    private final DraftValidator validator = new DraftValidator();

    public CatalogAdministration(RepositoryService repository, CatalogRecords records, CatalogVersions versions, WhatIfs whatIfs,
                                 Directory directory) {
        this.repository = repository;
        this.records = records;
        this.versions = versions;
        this.whatIfs = whatIfs;
        this.directory = directory;
    }

    /** the acting user, who must be a catalog administrator or an administrator (403 otherwise) */
    public ActingUser administrator() {
        ActingUser user = directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。"));
        if (!user.isIn(Groups.CATALOG_ADMIN) && !user.isIn(Groups.CAMUNDA_ADMIN)) {
            throw new ActionNotAllowedException("只有目录规则管理员和系统管理员可以管理目录清单；用户 " + user.userId() + " 不是目录规则管理员。");
        }
        return user;
    }

    public DraftReport upload(String fileName, String xml) {
        ActingUser user = administrator();
        if (xml == null || xml.isBlank()) {
            throw new InvalidInputException("目录文件", "请选择要上传的目录清单文件（.dmn）。");
        }
        List<String> problems = validator.problems(xml);
        String name = fileName == null || fileName.isBlank() ? "major-decision.dmn" : fileName;
        long id = records.saveDraft(user.userId(), name.length() > 255 ? name.substring(0, 255) : name, sha256(xml), xml, problems.isEmpty());
        return report(id);
    }

    public DraftReport report(long id) {
        administrator();
        CatalogRecords.Draft draft = records.draft(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的目录草案。"));
        List<String> problems = validator.problems(draft.xml());
        int inForce = versions.latestVersion();
        if (!problems.isEmpty()) {
            return new DraftReport(id, draft.fileName(), draft.sha256(), draft.uploadedBy(), false, problems, inForce, List.of(), List.of(),
                null, draft.deployedVersion());
        }
        List<CatalogItem> items = CatalogItems.of(CatalogTable.parse(draft.xml()));
        return new DraftReport(id, draft.fileName(), draft.sha256(), draft.uploadedBy(), true, problems, inForce,
            ItemChange.between(versions.inForce().items(), items), items, whatIfs.of(draft.xml()), draft.deployedVersion());
    }

    public CatalogVersion deploy(long id, String reason) {
        ActingUser user = administrator();
        requireReason(reason);
        CatalogRecords.Draft draft = records.draft(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的目录草案。"));
        if (draft.deployedVersion() != null) {
            throw new ConflictException("该草案已部署为第 " + draft.deployedVersion() + " 版，不能重复部署。");
        }
        List<String> problems = validator.problems(draft.xml());
        if (!problems.isEmpty()) {
            throw new InvalidInputException("目录文件", "草案未通过校验，不能部署：" + problems.get(0));
        }
        int version = deployXml(draft.xml(), user, CatalogRecords.DEPLOY, id, null, reason.strip());
        records.draftDeployed(id, version);
        return versions.versions().stream().filter(v -> v.version() == version).findFirst().orElseThrow();
    }

    public CatalogVersion rollback(int toVersion, String reason) {
        ActingUser user = administrator();
        requireReason(reason);
        String xml = versions.dmn(toVersion);
        if (toVersion == versions.latestVersion()) {
            throw new ConflictException("第 " + toVersion + " 版就是现行目录，无需回退。");
        }
        int version = deployXml(xml, user, CatalogRecords.ROLLBACK, null, toVersion, reason.strip());
        return versions.versions().stream().filter(v -> v.version() == version).findFirst().orElseThrow();
    }

    private int deployXml(String xml, ActingUser user, String kind, Long draftId, Integer fromVersion, String reason) {
        DeploymentWithDefinitions deployment = repository.createDeployment().name(DEPLOYMENT_NAME).source("catalogadmin")
            .addString(RESOURCE_NAME, xml).deployWithResult();
        DecisionDefinition decision = deployment.getDeployedDecisionDefinitions().stream()
            .filter(d -> d.getKey().equals(MajorDecision.DECISION_KEY)).findFirst().orElseThrow();
        records.record(new CatalogRecords.Deployment(kind, decision.getVersion(), deployment.getId(), draftId, fromVersion, user.userId(),
            Instant.now(), reason, sha256(xml)), decision.getVersionTag());
        LOG.info("catalog version {} deployed by {} ({}): {}", decision.getVersion(), user.userId(), kind, reason);
        return decision.getVersion();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("理由", "请填写理由：部署或回退目录清单都要说明原因。");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("理由", "理由不能超过 2000 字。");
        }
    }

    static String sha256(String xml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
