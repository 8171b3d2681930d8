package org.sanxiang.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.record.RecordAccess;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case-file package (ZIP) for archiving, verifiable offline (a logged retrieval). */
@RestController
class CaseExportController {

    private final ArchivePackage archive;
    private final RecordAccess access;
    private final TransactionTemplate transaction;
    private final ArchivePackages packages;

    CaseExportController(ArchivePackage archive, RecordAccess access, TransactionTemplate transaction, ArchivePackages packages) {
        this.archive = archive;
        this.access = access;
        this.transaction = transaction;
        this.packages = packages;
    }

    /** the package built when the case was archived, as stored (a logged retrieval); its hash is in the case's record */
    @GetMapping("/api/cases/{caseNumber}/archive-package")
    public void archived(@PathVariable String caseNumber, @RequestParam(required = false) String purpose, HttpServletResponse response)
        throws IOException {
        ArchivePackages.Stored stored = transaction.execute(s -> {
            access.retrieve(caseNumber, "归档案卷包下载", purpose);
            return packages.find(caseNumber).orElseThrow(() -> new NotFoundException("案件 " + caseNumber + " 尚未归档，没有归档案卷包。"));
        });
        response.setContentType("application/zip");
        response.setContentLengthLong(stored.size());
        response.setHeader("X-Content-Hash", stored.hashAlgorithm() + ":" + stored.contentHash());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(ArchivePackages.fileName(caseNumber), StandardCharsets.UTF_8).build().toString());
        try (InputStream in = packages.open(stored); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** written on the request's thread (no async timeout cuts a large package) */
    @GetMapping("/api/cases/{caseNumber}/export")
    public void export(@PathVariable String caseNumber, @RequestParam(required = false) String purpose, HttpServletResponse response)
        throws IOException {
        transaction.executeWithoutResult(s -> access.retrieve(caseNumber, "案卷包导出", purpose));
        Path file = Files.createTempFile("case-file-package", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(file)) {
                archive.write(caseNumber, out);
            }
            response.setContentType("application/zip");
            response.setContentLengthLong(Files.size(file));
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(caseNumber + "-案卷包.zip", StandardCharsets.UTF_8).build().toString());
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(file, out);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
