package org.sanxiang.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.refusal.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The case file over REST: upload (multipart, streamed), list, download. */
@RestController
@RequestMapping("/api/cases/{caseNumber}/files")
class CaseFileController {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BEIJING);

    private final CaseFiles files;

    CaseFileController(CaseFiles files) {
        this.files = files;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public FileView upload(@PathVariable String caseNumber, @RequestPart("file") MultipartFile file, @RequestParam String type,
                           @RequestParam String activity, @RequestParam String activityTime,
                           @RequestParam(required = false) Long supersedes) throws IOException {
        CaseFiles.Upload upload = describe(caseNumber, file, type, activity, activityTime, supersedes);
        try (InputStream in = file.getInputStream()) {
            return FileView.of(files.add(upload, in));
        }
    }

    @GetMapping
    public List<FileView> list(@PathVariable String caseNumber, @RequestParam(required = false) String purpose) {
        return files.list(caseNumber, purpose).stream().map(FileView::of).toList();
    }

    /** written to the response on the request's thread (no async timeout cuts a download of several GB) */
    @GetMapping("/{id}")
    public void download(@PathVariable String caseNumber, @PathVariable long id, @RequestParam(required = false) String purpose,
                         HttpServletResponse response) throws IOException {
        CaseFileEntry entry = files.retrieve(caseNumber, id, purpose);
        response.setContentType(MediaType.parseMediaType(entry.contentType()).toString());
        response.setContentLengthLong(entry.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(entry.name(), StandardCharsets.UTF_8).build().toString());
        try (InputStream in = files.open(entry); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    static CaseFiles.Upload describe(String caseNumber, MultipartFile file, String type, String activity, String activityTime, Long supersedes) {
        FileType fileType = FileType.parse(type).orElseThrow(() ->
            new InvalidInputException("type", "材料类别应为文书、证据、音像记录或其他。"));
        if (activity == null || activity.isBlank() || activity.length() > 100) {
            throw new InvalidInputException("activity", "请填写材料所属的执法环节（不超过100字）。");
        }
        Instant at;
        try {
            at = LocalDateTime.parse(activityTime.strip()).atZone(BEIJING).toInstant();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new InvalidInputException("activityTime", "执法环节发生时间应为“2026-06-01T10:00”的格式（北京时间）。");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "未命名" : file.getOriginalFilename();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        if (name.length() > 255) {
            name = name.substring(name.length() - 255);
        }
        String contentType = file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType();
        try {
            contentType = MediaType.parseMediaType(contentType).toString();
        } catch (RuntimeException e) {
            contentType = MediaType.APPLICATION_OCTET_STREAM_VALUE;
        }
        return new CaseFiles.Upload(caseNumber, fileType, name, contentType.length() > 100 ? MediaType.APPLICATION_OCTET_STREAM_VALUE : contentType,
            activity.strip(), at.toEpochMilli(), supersedes);
    }

    /** one file as listed */
    record FileView(long id, String type, String typeName, String name, String contentType, long size, String contentHash,
                    String hashAlgorithm, String activity, String activityTime, String uploadedBy, String uploadedAt, Long supersedes,
                    boolean late) {
        static FileView of(CaseFileEntry e) {
            return new FileView(e.id(), e.type().name(), e.type().label(), e.name(), e.contentType(), e.size(), e.contentHash(),
                e.hashAlgorithm(), e.activity(), SHOWN.format(Instant.ofEpochMilli(e.activityAt())), e.uploadedBy(),
                SHOWN.format(Instant.ofEpochMilli(e.uploadedAt())), e.supersedes(), e.late());
        }
    }
}
