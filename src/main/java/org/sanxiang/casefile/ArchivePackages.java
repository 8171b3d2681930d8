package org.sanxiang.casefile;

import static org.sanxiang.enforcement.EnforcementCaseProcess.TASK_ARCHIVE_CASE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.people.ActingUser;
import org.sanxiang.record.DomainSteps;
import org.sanxiang.record.RecordKinds;
import org.sanxiang.tasks.TaskObserver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The case-file package of an archived case, built once: completing {@code archive-case} leaves a
 * job ({@link ArchivePackageJob}) that, after that step has committed, writes the package (with a
 * checkpoint that covers the whole record up to archiving), stores it content-addressed in the file
 * store, keeps it (table {@code archive_package}) and appends its hash to the case's record.
 */
@Component
public class ArchivePackages implements TaskObserver {

    private final ArchivePackage archive;
    private final ContentStore store;
    private final JdbcTemplate jdbc;
    private final DomainSteps steps;

    ArchivePackages(ArchivePackage archive, ContentStore store, JdbcTemplate jdbc, DomainSteps steps) {
        this.archive = archive;
        this.store = store;
        this.jdbc = jdbc;
        this.steps = steps;
    }

    /** the stored package of an archived case */
    public record Stored(String caseNumber, String contentHash, String hashAlgorithm, long size, long checkpointTreeSize, String archivedBy,
                         long createdAt) {
    }

    @Override
    public void created(DelegateTask task) {
    }

    /** archive-case is completed: the package is built once that step has committed */
    @Override
    public void completing(DelegateTask task, ActingUser user) {
        if (!TASK_ARCHIVE_CASE.equals(task.getTaskDefinitionKey())) {
            return;
        }
        MessageEntity job = new MessageEntity();
        job.setJobHandlerType(ArchivePackageJob.TYPE);
        job.setJobHandlerConfiguration(new ArchivePackageJob.Configuration(task.getExecution().getProcessBusinessKey(), user.userId()));
        job.setProcessInstanceId(task.getProcessInstanceId());
        Context.getCommandContext().getJobManager().send(job);
    }

    /** builds, stores and records the case's package, unless it has one */
    void build(String caseNumber, String archivedBy) {
        if (find(caseNumber).isPresent()) {
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("archive-package", ".zip");
            long treeSize;
            try (OutputStream out = Files.newOutputStream(file)) {
                treeSize = archive.write(caseNumber, out);
            }
            ContentStore.Stored stored;
            try (InputStream in = Files.newInputStream(file)) {
                stored = store.put(in);
            }
            long now = ClockUtil.getCurrentTime().getTime();
            jdbc.update("INSERT INTO archive_package (case_number, content_hash, hash_algorithm, size_bytes, checkpoint_tree_size, archived_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", caseNumber, stored.hash(), stored.algorithm(), stored.size(), treeSize, archivedBy, now);
            Map<String, Object> details = new TreeMap<>();
            details.put("name", fileName(caseNumber));
            details.put("contentHash", stored.hash());
            details.put("hashAlgorithm", stored.algorithm());
            details.put("size", stored.size());
            details.put("checkpointTreeSize", treeSize);
            steps.append(caseNumber, RecordKinds.ARCHIVE_PACKAGE_STORED, archivedBy, details);
        } catch (IOException e) {
            throw new UncheckedIOException("building the archive package of " + caseNumber + " failed", e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    public Optional<Stored> find(String caseNumber) {
        return jdbc.query("SELECT * FROM archive_package WHERE case_number = ?", (rs, i) -> new Stored(rs.getString("case_number"),
            rs.getString("content_hash"), rs.getString("hash_algorithm"), rs.getLong("size_bytes"), rs.getLong("checkpoint_tree_size"),
            rs.getString("archived_by"), rs.getLong("created_at")), caseNumber).stream().findFirst();
    }

    public InputStream open(Stored stored) throws IOException {
        return store.open(stored.contentHash());
    }

    static String fileName(String caseNumber) {
        return caseNumber + "-案卷包.zip";
    }
}
