package org.sanxiang.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.signature.AgencyKey;
import org.springframework.beans.factory.annotation.Autowired;

/** The case-file package verifies offline with the agency's key alone, and any byte changed in it is named. */
@EngineTest
class ArchivePackageTest {

    static final byte[] RECORDING = "查封现场全程录像（测试内容）".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseFiles files;
    @Autowired
    ArchivePackage archive;
    @Autowired
    AgencyKey key;
    @TempDir
    Path dir;

    Path zip;
    String pem;

    @BeforeEach
    void aCaseWithARecordingPackaged() throws IOException {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.caseUpToReview(facts());
        fixture.as("handler1", () -> files.add(new CaseFiles.Upload(caseNumber, FileType.AV_RECORDING, "查封现场.mp4", "video/mp4", "查封扣押",
            System.currentTimeMillis(), null), new ByteArrayInputStream(RECORDING)));
        zip = dir.resolve("package.zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            archive.write(caseNumber, out);
        }
        pem = ArchivePackage.pem(key.publicKey().getEncoded());
    }

    @Test
    void theUntouchedPackageIsValidWithTheAgencysKey() throws IOException {
        assertThat(OfflineVerifier.verify(zip, pem)).isEmpty();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(ZipEntry::getName)).contains("manifest.json", "record/entries.json", "record/checkpoint.txt",
                "agency-public-key.pem").anyMatch(n -> n.startsWith("files/") && n.endsWith("查封现场.mp4"));
        }
    }

    @Test
    void oneByteOfAFileChangedIsNamed() throws IOException {
        Path changed = rewrite(n -> n.startsWith("files/") && n.endsWith("查封现场.mp4"), bytes -> {
            bytes[0] ^= 1;
            return bytes;
        });
        assertThat(OfflineVerifier.verify(changed, pem)).singleElement().asString().contains("查封现场.mp4", "文件被改动");
    }

    @Test
    void anEntryChangedIsNamed() throws IOException {
        Path changed = rewrite(n -> n.equals("record/entries.json"),
            bytes -> new String(bytes, StandardCharsets.UTF_8).replaceFirst("\"actor\" : \"handler1\"", "\"actor\" : \"handler2\"")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(OfflineVerifier.verify(changed, pem)).first().asString().contains("第 1 条记录", "被改动");
    }

    @Test
    void aProofChangedIsNamed() throws IOException {
        Path changed = rewrite(n -> n.equals("record/entries.json"), bytes -> {
            String json = new String(bytes, StandardCharsets.UTF_8);
            int at = json.indexOf("\"inclusionPath\" : [ \"") + "\"inclusionPath\" : [ \"".length();
            char c = json.charAt(at);
            return (json.substring(0, at) + (c == 'A' ? 'B' : 'A') + json.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
        });
        assertThat(OfflineVerifier.verify(changed, pem)).first().asString().contains("包含证明不成立");
    }

    @Test
    void anotherKeyDoesNotVerifyTheCheckpoint() throws Exception {
        String other = ArchivePackage.pem(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
        assertThat(OfflineVerifier.verify(zip, other)).singleElement().asString().contains("检查点", "签名");
    }

    private Path rewrite(java.util.function.Predicate<String> which, UnaryOperator<byte[]> change) throws IOException {
        Map<String, byte[]> content = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            for (ZipEntry entry : List.copyOf(file.stream().toList())) {
                byte[] bytes = file.getInputStream(entry).readAllBytes();
                content.put(entry.getName(), which.test(entry.getName()) ? change.apply(bytes) : bytes);
            }
        }
        Path changed = dir.resolve("changed.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed), StandardCharsets.UTF_8)) {
            for (Map.Entry<String, byte[]> e : content.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return changed;
    }
}
