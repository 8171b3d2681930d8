package org.sanxiang.casefile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sanxiang.record.RecordAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The case-file package (ZIP) for archiving, verifiable offline (a logged retrieval). */
@RestController
class CaseExportController {

    private final ArchivePackage archive;
    private final RecordAccess access;
    private final TransactionTemplate transaction;

    CaseExportController(ArchivePackage archive, RecordAccess access, TransactionTemplate transaction) {
        this.archive = archive;
        this.access = access;
        this.transaction = transaction;
    }

    @GetMapping("/api/cases/{caseNumber}/export")
    public ResponseEntity<StreamingResponseBody> export(@PathVariable String caseNumber, @RequestParam(required = false) String purpose)
        throws IOException {
        transaction.executeWithoutResult(s -> access.retrieve(caseNumber, "案卷包导出", purpose));
        Path file = Files.createTempFile("case-file-package", ".zip");
        try (OutputStream out = Files.newOutputStream(file)) {
            archive.write(caseNumber, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        StreamingResponseBody body = out -> {
            try {
                Files.copy(file, out);
            } finally {
                Files.deleteIfExists(file);
            }
        };
        return ResponseEntity.ok()
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(caseNumber + "-案卷包.zip",
                java.nio.charset.StandardCharsets.UTF_8).build().toString())
            .contentType(MediaType.parseMediaType("application/zip")).contentLength(Files.size(file)).body(body);
    }
}
