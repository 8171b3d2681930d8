package org.sanxiang.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineRest;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.record.RecordHash;
import org.sanxiang.record.RecordVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The case file with {@code sanxiang.files.store=s3} against a real S3 server in the test JVM (S3Proxy over
 * jclouds' in-memory backend, with AWS signatures checked): uploaded, listed and downloaded through the REST
 * API, each content stored once under its hash as the object's key, a file above the part size sent as a
 * multipart upload, nothing of the content in the local directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class S3StoreIT {

    static final String BUCKET = "case-files-test";
    static final String ACCESS = "sanxiang-test";
    static final String SECRET = "s3proxy-test-secret";
    static final int PART = 5 * 1024 * 1024;

    static BlobStoreContext blobs;
    static S3Proxy proxy;
    static Path directory;

    @Autowired
    TestRestTemplate template;
    @Autowired
    RecordVerifier verifier;

    String caseNumber;

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential").build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        proxy = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET).build();
        proxy.start();
        directory = Files.createTempDirectory("s3-store-staging");
        registry.add("sanxiang.files.store", () -> "s3");
        registry.add("sanxiang.files.directory", () -> directory.toString());
        registry.add("sanxiang.files.s3.endpoint", () -> "http://127.0.0.1:" + proxy.getPort());
        registry.add("sanxiang.files.s3.bucket", () -> BUCKET);
        registry.add("sanxiang.files.s3.access-key", () -> ACCESS);
        registry.add("sanxiang.files.s3.secret-key", () -> SECRET);
        registry.add("sanxiang.files.s3.part-size", () -> "5MB");
    }

    @AfterAll
    static void stop() throws Exception {
        proxy.stop();
        blobs.close();
    }

    @BeforeEach
    void aCase() {
        caseNumber = new EngineRest(template).registerCase("handler1", facts());
    }

    @Test
    void filesGoToTheObjectStoreUnderTheirHashAndComeBackThroughTheRestApi() throws Exception {
        byte[] small = "询问笔录（S3 测试）".getBytes(StandardCharsets.UTF_8);
        byte[] large = new byte[2 * PART + 12345];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31 + (i >>> 13));
        }
        String smallHash = RecordHash.hex(RecordHash.SM3.hash(small));
        String largeHash = RecordHash.hex(RecordHash.SM3.hash(large));

        Map<String, Object> first = upload(small, "询问笔录.pdf", "文书");
        Map<String, Object> recording = upload(large, "执法记录仪.mp4", "音像记录");
        Map<String, Object> again = upload(small, "询问笔录（副本）.pdf", "文书");

        assertThat(first).containsEntry("contentHash", smallHash).containsEntry("size", small.length);
        assertThat(recording).containsEntry("contentHash", largeHash).containsEntry("size", large.length);
        BlobStore store = blobs.getBlobStore();
        assertThat(store.blobExists(BUCKET, ContentStore.key(smallHash))).isTrue();
        assertThat(store.blobMetadata(BUCKET, ContentStore.key(largeHash)).getSize()).isEqualTo(large.length);
        assertThat(store.countBlobs(BUCKET)).as("the same content is stored once").isEqualTo(2);
        try (Stream<Path> local = Files.walk(directory)) {
            assertThat(local.filter(Files::isRegularFile)).as("nothing stays in the staging directory").isEmpty();
        }

        List<Map<String, Object>> listed = template.withBasicAuth("leader1", "demo")
            .exchange("/api/cases/" + caseNumber + "/files", HttpMethod.GET, null, CaseFileIT.LIST).getBody();
        assertThat(listed).extracting(f -> f.get("name")).containsExactly("询问笔录.pdf", "执法记录仪.mp4", "询问笔录（副本）.pdf");
        assertThat(listed).extracting(f -> f.get("contentHash")).containsExactly(smallHash, largeHash, smallHash);

        assertThat(download(first)).isEqualTo(small);
        assertThat(RecordHash.hex(RecordHash.SM3.hash(download(recording)))).isEqualTo(largeHash);
        assertThat(download(again)).isEqualTo(small);
        assertThat(verifier.verify(caseNumber).valid()).isTrue();
    }

    private byte[] download(Map<String, Object> file) {
        ResponseEntity<byte[]> response = template.withBasicAuth("reviewer1", "demo")
            .getForEntity("/api/cases/" + caseNumber + "/files/" + file.get("id"), byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Map<String, Object> upload(byte[] content, String name, String type) {
        ResponseEntity<Map> response = post(content, name, type);
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = response.getBody();
        return body;
    }

    private ResponseEntity<Map> post(byte[] content, String name, String type) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        form.add("type", type);
        form.add("activity", "现场检查");
        form.add("activityTime", "2026-06-01T10:00");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return template.withBasicAuth("handler1", "demo").postForEntity("/api/cases/" + caseNumber + "/files", new HttpEntity<>(form, headers), Map.class);
    }
}
