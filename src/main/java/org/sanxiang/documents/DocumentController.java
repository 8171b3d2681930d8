package org.sanxiang.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.casefile.CaseFileEntry;
import org.sanxiang.casefile.CaseFiles;
import org.sanxiang.record.RecordAccess;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's documents over REST, for those who may read the case (the case file's rule, {@link RecordAccess}): the list
 * and each PDF (the latest of a kind too, which the forms link to); every read is a logged retrieval.
 */
@RestController
@RequestMapping("/api/cases/{caseNumber}/documents")
class DocumentController {

    private final IssuedDocuments documents;
    private final RecordAccess access;
    private final CaseFiles files;
    private final TransactionTemplate transaction;

    DocumentController(IssuedDocuments documents, RecordAccess access, CaseFiles files, TransactionTemplate transaction) {
        this.documents = documents;
        this.access = access;
        this.files = files;
        this.transaction = transaction;
    }

    @GetMapping
    public List<IssuedDocuments.IssuedDocument> list(@PathVariable String caseNumber, @RequestParam(required = false) String purpose) {
        return transaction.execute(s -> {
            access.retrieve(caseNumber, "执法文书目录", purpose);
            return documents.ofCase(caseNumber);
        });
    }

    @GetMapping("/{id:\\d+}")
    public void download(@PathVariable String caseNumber, @PathVariable long id, @RequestParam(required = false) String purpose,
                         HttpServletResponse response) throws IOException {
        access.check(caseNumber);
        IssuedDocuments.IssuedDocument document = documents.find(caseNumber, id)
            .orElseThrow(() -> new NotFoundException("本案没有编号为 " + id + " 的执法文书。"));
        send(caseNumber, document, purpose, response);
    }

    /** the latest document of a kind ({@code PENALTY_NOTICE}, {@code PENALTY_DECISION}, {@code SERVICE_RECEIPT}) */
    @GetMapping("/latest/{kind}")
    public void latest(@PathVariable String caseNumber, @PathVariable String kind, @RequestParam(required = false) String purpose,
                       HttpServletResponse response) throws IOException {
        access.check(caseNumber);
        DocumentKind found = Arrays.stream(DocumentKind.values()).filter(k -> k.name().equals(kind)).findFirst()
            .orElseThrow(() -> new NotFoundException("没有“" + kind + "”这种执法文书。"));
        IssuedDocuments.IssuedDocument document = documents.latest(caseNumber, found)
            .orElseThrow(() -> new NotFoundException("本案尚未制作" + found.label() + "。"));
        send(caseNumber, document, purpose, response);
    }

    private void send(String caseNumber, IssuedDocuments.IssuedDocument document, String purpose, HttpServletResponse response)
        throws IOException {
        CaseFileEntry file = files.retrieve(caseNumber, document.fileId(), purpose);
        response.setContentType("application/pdf");
        response.setContentLengthLong(file.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline().filename(file.name(), StandardCharsets.UTF_8).build().toString());
        try (InputStream in = files.open(file); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
