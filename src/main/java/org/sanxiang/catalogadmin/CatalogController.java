package org.sanxiang.catalogadmin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.sanxiang.refusal.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The catalog's API for catalog administrators and administrators (others get 403): the catalog
 * in force, its versions and what changed between two, the DMN of a version, drafts (validated,
 * compared, replayed), deployment of a draft and rollback to an earlier version, each with a reason.
 */
@RestController
@RequestMapping("/api/catalog")
public class CatalogController {

    /** the reason given for a deployment or a rollback */
    public record Reason(String reason) {
    }

    private final CatalogVersions versions;
    private final CatalogAdministration administration;

    public CatalogController(CatalogVersions versions, CatalogAdministration administration) {
        this.versions = versions;
        this.administration = administration;
    }

    @GetMapping
    public CatalogView inForce() {
        administration.administrator();
        return versions.inForce();
    }

    @GetMapping("/versions")
    public List<CatalogVersion> versions() {
        administration.administrator();
        return versions.versions();
    }

    @GetMapping("/versions/{version}")
    public CatalogView version(@PathVariable int version) {
        administration.administrator();
        return versions.view(version);
    }

    @GetMapping("/versions/{version}/diff")
    public List<ItemChange> diff(@PathVariable int version, @RequestParam("to") int to) {
        administration.administrator();
        return versions.diff(version, to);
    }

    /** the DMN file of a version, to edit in Camunda Modeler */
    @GetMapping("/versions/{version}/dmn")
    public ResponseEntity<byte[]> dmn(@PathVariable int version) {
        administration.administrator();
        byte[] xml = versions.dmn(version).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
            .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"major-decision-v" + version + ".dmn\"").body(xml);
    }

    /** a draft as a file (multipart, part {@code file}) */
    @PostMapping(path = "/drafts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public DraftReport upload(@RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            administration.administrator();
            throw new InvalidInputException("目录文件", "请选择要上传的目录清单文件（.dmn）。");
        }
        try {
            return administration.upload(file.getOriginalFilename(), new String(file.getBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** a draft as the DMN XML itself */
    @PostMapping(path = "/drafts", consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE, "application/octet-stream"})
    public DraftReport uploadXml(@RequestBody(required = false) byte[] xml) {
        return administration.upload("major-decision.dmn", xml == null ? "" : new String(xml, StandardCharsets.UTF_8));
    }

    @GetMapping("/drafts/{id}")
    public DraftReport draft(@PathVariable long id) {
        return administration.report(id);
    }

    @PostMapping("/drafts/{id}/deploy")
    public CatalogVersion deploy(@PathVariable long id, @RequestBody(required = false) Reason reason) {
        return administration.deploy(id, reason == null ? null : reason.reason());
    }

    @PostMapping("/versions/{version}/rollback")
    public CatalogVersion rollback(@PathVariable int version, @RequestBody(required = false) Reason reason) {
        return administration.rollback(version, reason == null ? null : reason.reason());
    }
}
