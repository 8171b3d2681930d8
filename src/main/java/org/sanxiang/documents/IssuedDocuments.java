package org.sanxiang.documents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.sanxiang.casefile.CaseFileEntry;
import org.sanxiang.casefile.CaseFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The documents issued for a case, oldest first, each with its case-file entry (name, size, hash). A document may be
 * issued again: after a REVISE round the revised draft is notified anew (a second 事先告知书, so the party can state
 * its case on what is now proposed); the earlier one is then superseded by the later one of the same kind.
 */
@Component
public class IssuedDocuments {

    /**
     * one issued document; {@code download} is its address; {@code supersededBy} the number of the later document of
     * the same kind that replaces it (null for the one in force), {@code supersedes} the number of the one it replaces
     */
    public record IssuedDocument(long id, DocumentKind kind, String name, String number, Instant issuedAt, long fileId, String fileName,
                                 long size, String contentHash, String hashAlgorithm, String download, String supersededBy,
                                 String supersedes) {

        /** how the case page says whether it is in force: null when it is the only one of its kind */
        public String status() {
            if (supersededBy != null) {
                return "已被" + supersededBy + "取代（修改拟作出决定后重新制作）";
            }
            return supersedes == null ? null : "现行，取代" + supersedes;
        }
    }

    private record Row(long id, DocumentKind kind, String number, long fileId, long issuedAt) {
    }

    private final JdbcTemplate jdbc;
    private final CaseFiles files;

    IssuedDocuments(JdbcTemplate jdbc, CaseFiles files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    /** without logging a retrieval: for callers that checked access and log themselves (the case page, the REST list) */
    public List<IssuedDocument> ofCase(String caseNumber) {
        List<Row> rows = jdbc.query("SELECT id, kind, doc_number, file_id, issued_at FROM case_document WHERE case_number = ? ORDER BY id",
            (rs, i) -> new Row(rs.getLong("id"), DocumentKind.valueOf(rs.getString("kind")), rs.getString("doc_number"), rs.getLong("file_id"),
                rs.getLong("issued_at")), caseNumber);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, CaseFileEntry> byId = files.ofCase(caseNumber).stream().collect(Collectors.toMap(CaseFileEntry::id, Function.identity()));
        return IntStream.range(0, rows.size()).mapToObj(i -> {
            Row r = rows.get(i);
            CaseFileEntry file = byId.get(r.fileId());
            String later = rows.subList(i + 1, rows.size()).stream().filter(o -> o.kind() == r.kind()).findFirst().map(Row::number).orElse(null);
            String earlier = rows.subList(0, i).stream().filter(o -> o.kind() == r.kind()).reduce((a, b) -> b).map(Row::number).orElse(null);
            return new IssuedDocument(r.id(), r.kind(), r.kind().label(), r.number(), Instant.ofEpochMilli(r.issuedAt()), r.fileId(),
                file.name(), file.size(), file.contentHash(), file.hashAlgorithm(), "/api/cases/" + caseNumber + "/documents/" + r.id(),
                later, earlier);
        }).toList();
    }

    Optional<IssuedDocument> find(String caseNumber, long id) {
        return ofCase(caseNumber).stream().filter(d -> d.id() == id).findFirst();
    }

    /** the latest document of a kind */
    Optional<IssuedDocument> latest(String caseNumber, DocumentKind kind) {
        return ofCase(caseNumber).stream().filter(d -> d.kind() == kind).reduce((first, second) -> second);
    }
}
