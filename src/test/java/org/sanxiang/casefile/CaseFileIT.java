package org.sanxiang.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineRest;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.record.RecordEntries;
import org.sanxiang.record.RecordEntry;
import org.sanxiang.record.RecordHash;
import org.sanxiang.record.RecordVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The case file over REST: uploaded, listed and downloaded by the case's people, each step on the record; nothing replaced. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class CaseFileIT {

    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    @Autowired
    TestRestTemplate template;
    @Autowired
    RecordEntries entries;
    @Autowired
    RecordVerifier verifier;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.sanxiang.signature.AgencyKey key;
    @Autowired
    ArchivePackages packages;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    String caseNumber;

    @BeforeEach
    void aCase() {
        caseNumber = new EngineRest(template).registerCase("handler1", facts());
    }

    @Test
    void aHandlerUploadsARecordingItIsListedDownloadedAndOnTheRecord() {
        byte[] content = "现场执法记录仪视频（测试内容）".getBytes(StandardCharsets.UTF_8);
        ResponseEntity<Map> uploaded = upload("handler1", content, "执法记录仪.mp4", "音像记录", "现场检查", "2026-06-01T10:00", null);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(uploaded.getBody()).containsEntry("typeName", "音像记录").containsEntry("name", "执法记录仪.mp4")
            .containsEntry("size", content.length).containsEntry("contentHash", RecordHash.hex(RecordHash.SM3.hash(content)))
            .containsEntry("activityTime", "2026-06-01 10:00").containsEntry("uploadedBy", "handler1");
        long id = ((Number) uploaded.getBody().get("id")).longValue();

        List<Map<String, Object>> listed = template.withBasicAuth("leader1", "demo")
            .exchange("/api/cases/" + caseNumber + "/files?purpose=审阅", HttpMethod.GET, null, LIST).getBody();
        assertThat(listed).extracting(f -> f.get("name")).containsExactly("执法记录仪.mp4");

        ResponseEntity<byte[]> downloaded = template.withBasicAuth("reviewer1", "demo")
            .getForEntity("/api/cases/" + caseNumber + "/files/" + id, byte[].class);
        assertThat(downloaded.getBody()).isEqualTo(content);
        assertThat(downloaded.getHeaders().getContentDisposition().getFilename()).isEqualTo("执法记录仪.mp4");

        List<RecordEntry> record = entries.ofCase(caseNumber);
        assertThat(record).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("FILE_ADDED");
            assertThat(e.actor()).isEqualTo("handler1");
            assertThat(e.details()).contains("\"fileId\":" + id, RecordHash.hex(RecordHash.SM3.hash(content)), "现场检查");
        });
        assertThat(record).filteredOn(e -> e.kind().equals("RETRIEVAL")).extracting(RecordEntry::actor)
            .containsExactly("leader1", "reviewer1");
        assertThat(verifier.verify(caseNumber).valid()).isTrue();
    }

    @Test
    void aCorrectionIsANewFileNamingTheOneItSupersedesAndTheOldOneStays() {
        long first = id(upload("handler1", "初稿".getBytes(StandardCharsets.UTF_8), "询问笔录.pdf", "文书", "调查取证", "2026-06-01T09:00", null));
        long second = id(upload("handler2", "更正稿".getBytes(StandardCharsets.UTF_8), "询问笔录（更正）.pdf", "DOCUMENT", "调查取证", "2026-06-01T09:00", first));

        List<Map<String, Object>> listed = template.withBasicAuth("handler1", "demo")
            .exchange("/api/cases/" + caseNumber + "/files", HttpMethod.GET, null, LIST).getBody();
        assertThat(listed).extracting(f -> f.get("id")).containsExactly((int) first, (int) second);
        assertThat(listed.get(1)).containsEntry("supersedes", (int) first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE case_number = ?", Integer.class, caseNumber)).isEqualTo(2);
    }

    @Test
    void anOutsiderCannotUploadListOrDownloadAndBadInputIsRefusedInChinese() {
        long id = id(upload("handler1", "证据".getBytes(StandardCharsets.UTF_8), "照片.jpg", "证据", "现场检查", "2026-06-01T10:00", null));

        assertThat(upload("catalog1", "x".getBytes(StandardCharsets.UTF_8), "x.txt", "证据", "现场检查", "2026-06-01T10:00", null)
            .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(template.withBasicAuth("catalog1", "demo").getForEntity("/api/cases/" + caseNumber + "/files", String.class)
            .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> download = template.withBasicAuth("catalog1", "demo").getForEntity("/api/cases/" + caseNumber + "/files/" + id, String.class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(download.getBody()).doesNotContain("照片");

        ResponseEntity<Map> badType = upload("handler1", "x".getBytes(StandardCharsets.UTF_8), "x.txt", "照片", "现场检查", "2026-06-01T10:00", null);
        assertThat(badType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badType.getBody().toString()).contains("材料类别");
        ResponseEntity<Map> badTime = upload("handler1", "x".getBytes(StandardCharsets.UTF_8), "x.txt", "证据", "现场检查", "昨天", null);
        assertThat(badTime.getBody().toString()).contains("执法环节发生时间");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE case_number = ?", Integer.class, caseNumber)).isEqualTo(1);
    }

    @Test
    void theExportedPackageVerifiesOfflineAndTheExportIsALoggedRetrieval() throws Exception {
        upload("handler1", "询问笔录".getBytes(StandardCharsets.UTF_8), "询问笔录.pdf", "文书", "调查取证", "2026-06-01T09:00", null);

        ResponseEntity<byte[]> export = template.withBasicAuth("archivist1", "demo")
            .getForEntity("/api/cases/" + caseNumber + "/export?purpose=归档", byte[].class);
        assertThat(export.getStatusCode()).isEqualTo(HttpStatus.OK);
        java.nio.file.Path zip = java.nio.file.Files.createTempFile("export", ".zip");
        java.nio.file.Files.write(zip, export.getBody());

        assertThat(OfflineVerifier.verify(zip, ArchivePackage.pem(key.publicKey().getEncoded()))).isEmpty();
        assertThat(entries.ofCase(caseNumber)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("RETRIEVAL");
            assertThat(e.actor()).isEqualTo("archivist1");
            assertThat(e.details()).contains("案卷包导出", "归档");
        });
        assertThat(template.withBasicAuth("catalog1", "demo").getForEntity("/api/cases/" + caseNumber + "/export", String.class)
            .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theArchivedPackageIsDownloadedAsStoredWithItsHashAndNotBeforeArchiving() throws Exception {
        assertThat(template.withBasicAuth("archivist1", "demo").getForEntity("/api/cases/" + caseNumber + "/archive-package", String.class)
            .getBody()).contains("尚未归档");
        transaction.executeWithoutResult(s -> packages.build(caseNumber, "archivist1"));

        ResponseEntity<byte[]> archived = template.withBasicAuth("leader1", "demo")
            .getForEntity("/api/cases/" + caseNumber + "/archive-package?purpose=审阅", byte[].class);
        assertThat(archived.getStatusCode()).isEqualTo(HttpStatus.OK);
        ArchivePackages.Stored stored = packages.find(caseNumber).orElseThrow();
        assertThat(RecordHash.hex(RecordHash.SM3.hash(archived.getBody()))).isEqualTo(stored.contentHash());
        assertThat(archived.getHeaders().getFirst("X-Content-Hash")).isEqualTo("SM3:" + stored.contentHash());
        assertThat(archived.getHeaders().getContentDisposition().getFilename()).isEqualTo(caseNumber + "-案卷包.zip");
        java.nio.file.Path zip = java.nio.file.Files.createTempFile("archived", ".zip");
        java.nio.file.Files.write(zip, archived.getBody());
        assertThat(OfflineVerifier.verify(zip, ArchivePackage.pem(key.publicKey().getEncoded()))).isEmpty();
        assertThat(entries.ofCase(caseNumber)).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo("RETRIEVAL");
            assertThat(e.actor()).isEqualTo("leader1");
            assertThat(e.details()).contains("归档案卷包下载", "审阅");
        });
        assertThat(template.withBasicAuth("catalog1", "demo").getForEntity("/api/cases/" + caseNumber + "/archive-package", String.class)
            .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private long id(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((Number) response.getBody().get("id")).longValue();
    }

    private ResponseEntity<Map> upload(String user, byte[] content, String name, String type, String activity, String time, Long supersedes) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        form.add("type", type);
        form.add("activity", activity);
        form.add("activityTime", time);
        if (supersedes != null) {
            form.add("supersedes", supersedes.toString());
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return template.withBasicAuth(user, "demo").postForEntity("/api/cases/" + caseNumber + "/files", new HttpEntity<>(form, headers), Map.class);
    }
}
