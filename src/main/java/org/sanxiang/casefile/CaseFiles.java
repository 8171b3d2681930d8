package org.sanxiang.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Groups;
import org.sanxiang.record.DomainSteps;
import org.sanxiang.record.RecordAccess;
import org.sanxiang.record.RecordKinds;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds files to a case file and reads them. The content is stored first (streamed, outside the
 * transaction; content-addressed, so a failed step leaves at most unreferenced content); the row
 * and its record entry are then written in one transaction, which also publishes {@link CaseFileAdded}.
 */
@Component
public class CaseFiles {

    static final Duration LATE = Duration.ofHours(24);
    private static final RowMapper<CaseFileEntry> ROW = (rs, i) -> new CaseFileEntry(rs.getLong("id"), rs.getString("case_number"),
        FileType.valueOf(rs.getString("file_type")), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
        rs.getString("content_hash"), rs.getString("hash_algorithm"), rs.getString("activity"), rs.getLong("activity_at"),
        rs.getString("uploaded_by"), rs.getLong("uploaded_at"), (Long) rs.getObject("supersedes", Long.class), rs.getBoolean("late"));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ContentStore store;
    private final RecordAccess access;
    private final DomainSteps steps;
    private final CaseRegister cases;
    private final ApplicationEventPublisher events;

    CaseFiles(JdbcTemplate jdbc, TransactionTemplate transaction, ContentStore store, RecordAccess access, DomainSteps steps, CaseRegister cases,
              ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.store = store;
        this.access = access;
        this.steps = steps;
        this.cases = cases;
        this.events = events;
    }

    /** what an upload says about its file */
    public record Upload(String caseNumber, FileType type, String name, String contentType, String activity, long activityAt, Long supersedes) {
    }

    public CaseFileEntry add(Upload upload, InputStream content) {
        ActingUser user = access.check(upload.caseNumber());
        if (!cases.get(upload.caseNumber()).isHandler(user.userId()) && !user.isIn(Groups.ARCHIVIST)) {
            throw new ActionNotAllowedException("只有本案承办人和档案人员可以向案卷添加材料。");
        }
        if (upload.supersedes() != null && find(upload.caseNumber(), upload.supersedes()).isEmpty()) {
            throw new InvalidInputException("supersedes", "所更正的材料（编号 " + upload.supersedes() + "）不在本案案卷中。");
        }
        ContentStore.Stored stored;
        try {
            stored = store.put(content);
        } catch (IOException e) {
            throw new UncheckedIOException("storing the file failed", e);
        }
        if (stored.size() == 0) {
            throw new InvalidInputException("file", "请选择要上传的文件（文件为空）。");
        }
        return record(upload, stored, user.userId());
    }

    /**
     * A document the application issues at a step of the case (执法文书, package documents): stored and recorded
     * like an upload, by the step's actor, in the step's transaction; no upload rights are checked.
     */
    public CaseFileEntry issue(Upload upload, String actor, byte[] content) {
        try {
            return record(upload, store.put(new java.io.ByteArrayInputStream(content)), actor);
        } catch (IOException e) {
            throw new UncheckedIOException("storing the document failed", e);
        }
    }

    private CaseFileEntry record(Upload upload, ContentStore.Stored stored, String actor) {
        long now = ClockUtil.getCurrentTime().getTime();
        boolean late = upload.type() == FileType.AV_RECORDING && now - upload.activityAt() > LATE.toMillis();
        return transaction.execute(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("INSERT INTO case_file (case_number, file_type, file_name, content_type, size_bytes,"
                    + " content_hash, hash_algorithm, activity, activity_at, uploaded_by, uploaded_at, supersedes, late)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
                Object[] values = {upload.caseNumber(), upload.type().name(), upload.name(), upload.contentType(), stored.size(), stored.hash(),
                    stored.algorithm(), upload.activity(), upload.activityAt(), actor, now, upload.supersedes(), late};
                for (int i = 0; i < values.length; i++) {
                    statement.setObject(i + 1, values[i]);
                }
                return statement;
            }, key);
            CaseFileEntry entry = new CaseFileEntry(key.getKey().longValue(), upload.caseNumber(), upload.type(), upload.name(),
                upload.contentType(), stored.size(), stored.hash(), stored.algorithm(), upload.activity(), upload.activityAt(), actor,
                now, upload.supersedes(), late);
            steps.append(upload.caseNumber(), RecordKinds.FILE_ADDED, actor, details(entry));
            events.publishEvent(new CaseFileAdded(entry));
            return entry;
        });
    }

    /** the case file's list (a logged retrieval) */
    public List<CaseFileEntry> list(String caseNumber, String purpose) {
        return transaction.execute(status -> {
            access.retrieve(caseNumber, "案卷材料目录", purpose);
            return jdbc.query("SELECT * FROM case_file WHERE case_number = ? ORDER BY id", ROW, caseNumber);
        });
    }

    /** a file to download (a logged retrieval) */
    public CaseFileEntry retrieve(String caseNumber, long id, String purpose) {
        return transaction.execute(status -> {
            access.check(caseNumber);
            CaseFileEntry entry = find(caseNumber, id).orElseThrow(() -> new NotFoundException("本案案卷中没有编号为 " + id + " 的材料。"));
            access.retrieve(caseNumber, "下载材料 " + id + "：" + entry.name(), purpose);
            return entry;
        });
    }

    public InputStream open(CaseFileEntry entry) throws IOException {
        return store.open(entry.contentHash());
    }

    /** the case's files without logging (for the export and the timers) */
    public List<CaseFileEntry> ofCase(String caseNumber) {
        return jdbc.query("SELECT * FROM case_file WHERE case_number = ? ORDER BY id", ROW, caseNumber);
    }

    Optional<CaseFileEntry> find(String caseNumber, long id) {
        return jdbc.query("SELECT * FROM case_file WHERE case_number = ? AND id = ?", ROW, caseNumber, id).stream().findFirst();
    }

    private static Map<String, Object> details(CaseFileEntry entry) {
        Map<String, Object> details = new TreeMap<>();
        details.put("fileId", entry.id());
        details.put("name", entry.name());
        details.put("type", entry.type().name());
        details.put("activity", entry.activity());
        details.put("activityAt", entry.activityAt());
        details.put("size", entry.size());
        details.put("contentHash", entry.contentHash());
        details.put("hashAlgorithm", entry.hashAlgorithm());
        if (entry.supersedes() != null) {
            details.put("supersedes", entry.supersedes());
        }
        if (entry.late()) {
            details.put("late", true);
        }
        return details;
    }
}
