package org.sanxiang.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineRest;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.record.RecordHash;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A 2 GB recording uploaded and downloaded in a JVM whose heap is far smaller (the failsafe
 * execution large-upload runs this class with -Xmx384m): uploads and downloads stream.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class LargeUploadIT {

    static final long SIZE = Long.getLong("upload.bytes", 2L * 1024 * 1024 * 1024);

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate template;

    @Test
    void aTwoGigabyteRecordingStreamsInAndOutWithASmallHeap() throws Exception {
        String caseNumber = new EngineRest(template).registerCase("handler1", facts());
        GeneratedContent content = new GeneratedContent(SIZE);
        String boundary = "----sanxiang-large-upload";
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n音像记录\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"activity\"\r\n\r\n查封扣押\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"activityTime\"\r\n\r\n2026-06-01T10:00\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"recording.mp4\"\r\n"
            + "Content-Type: video/mp4\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        HttpClient client = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("handler1:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest upload = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + caseNumber + "/files"))
            .header("Authorization", auth).header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new java.io.ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), content,
                new java.io.ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8)))))))
            .build();

        HttpResponse<String> response = client.send(upload, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Map<?, ?> file = new ObjectMapper().readValue(response.body(), Map.class);
        assertThat(((Number) file.get("size")).longValue()).isEqualTo(SIZE);
        assertThat(file.get("contentHash")).isEqualTo(content.hash());

        HttpRequest download = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + caseNumber + "/files/" + file.get("id")))
            .header("Authorization", auth).GET().build();
        SM3Digest digest = new SM3Digest();
        long read = 0;
        try (InputStream in = client.send(download, HttpResponse.BodyHandlers.ofInputStream()).body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                read += n;
            }
        }
        byte[] hash = new byte[32];
        digest.doFinal(hash, 0);
        assertThat(read).isEqualTo(SIZE);
        assertThat(RecordHash.hex(hash)).isEqualTo(content.hash());
        System.out.printf("large upload: %d bytes with max heap %d MB%n", SIZE, Runtime.getRuntime().maxMemory() >> 20);
    }

    /** deterministic bytes generated on the fly, hashed as they are read */
    static final class GeneratedContent extends InputStream {
        private final long size;
        private final SM3Digest digest = new SM3Digest();
        private long position;

        GeneratedContent(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                buffer[offset + i] = (byte) (p * 31 + (p >>> 13));
            }
            digest.update(buffer, offset, n);
            position += n;
            return n;
        }

        String hash() {
            byte[] out = new byte[32];
            new SM3Digest(digest).doFinal(out, 0);
            return RecordHash.hex(out);
        }
    }
}
