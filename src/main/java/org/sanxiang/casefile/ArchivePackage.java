package org.sanxiang.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.sanxiang.record.Checkpoint;
import org.sanxiang.record.Checkpoints;
import org.sanxiang.record.MerkleLog;
import org.sanxiang.record.RecordEntries;
import org.sanxiang.record.RecordEntry;
import org.sanxiang.record.RecordSettings;
import org.sanxiang.review.WrittenOpinion;
import org.sanxiang.review.WrittenOpinionRepository;
import org.sanxiang.signature.AgencyKey;
import org.springframework.stereotype.Component;

/**
 * The case-file package (案卷电子档案包, laid out after DA/T 48 where it fits): {@code manifest.json}
 * (the case, every file with its hash), {@code files/}, {@code record/entries.json} (every entry
 * with its place in the log and its inclusion proof), {@code record/checkpoint.txt} (the signed
 * checkpoint the proofs are against), {@code opinions/} (the signed written opinions) and
 * {@code agency-public-key.pem}. {@link OfflineVerifier} checks it with nothing but the agency's key.
 */
@Component
public class ArchivePackage {

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Checkpoints checkpoints;
    private final MerkleLog log;
    private final RecordEntries entries;
    private final RecordSettings settings;
    private final CaseFiles files;
    private final WrittenOpinionRepository opinions;
    private final AgencyKey key;

    ArchivePackage(Checkpoints checkpoints, MerkleLog log, RecordEntries entries, RecordSettings settings, CaseFiles files,
                   WrittenOpinionRepository opinions, AgencyKey key) {
        this.checkpoints = checkpoints;
        this.log = log;
        this.entries = entries;
        this.settings = settings;
        this.files = files;
        this.opinions = opinions;
        this.key = key;
    }

    /** writes the case's package; a checkpoint is signed first so that every entry has its proof; the checkpoint's tree size */
    public long write(String caseNumber, OutputStream out) throws IOException {
        Checkpoint checkpoint = checkpoints.issue().orElseThrow();
        long size = checkpoint.treeSize();
        List<RecordEntry> record = entries.ofCase(caseNumber);
        Map<Long, MerkleLog.Leaf> leaves = log.leavesOfCase(caseNumber);
        List<RecordEntry> anchored = record.stream().filter(e -> leaves.containsKey(e.id()) && leaves.get(e.id()).index() < size).toList();
        List<List<byte[]>> paths = log.withTree(tree -> {
            List<List<byte[]>> all = new ArrayList<>();
            anchored.forEach(e -> all.add(tree.inclusion(leaves.get(e.id()).index(), size)));
            return all;
        });
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            List<Map<String, Object>> fileList = new ArrayList<>();
            for (CaseFileEntry file : files.ofCase(caseNumber)) {
                String path = "files/" + file.id() + "-" + file.name();
                fileList.add(Map.of("id", file.id(), "path", path, "name", file.name(), "type", file.type().label(),
                    "size", file.size(), "hash", file.contentHash()));
                zip.putNextEntry(new ZipEntry(path));
                try (InputStream in = files.open(file)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            List<Map<String, Object>> entryList = new ArrayList<>();
            for (int i = 0; i < anchored.size(); i++) {
                RecordEntry e = anchored.get(i);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("seq", e.seq());
                entry.put("case", e.caseNumber());
                entry.put("kind", e.kind());
                entry.put("actor", e.actor());
                entry.put("occurredAt", e.occurredAt());
                entry.put("details", e.details());
                entry.put("prevHash", e.prevHash());
                entry.put("entryHash", e.entryHash());
                entry.put("logIndex", leaves.get(e.id()).index());
                entry.put("inclusionPath", paths.get(i).stream().map(p -> Base64.getEncoder().encodeToString(p)).toList());
                entryList.add(entry);
            }
            put(zip, "record/entries.json", JSON.writeValueAsBytes(entryList));
            put(zip, "record/checkpoint.txt", checkpoint.note().getBytes(StandardCharsets.UTF_8));
            List<Map<String, Object>> opinionList = new ArrayList<>();
            for (WrittenOpinion opinion : opinions.findByCaseNumberOrderByIdAsc(caseNumber)) {
                Map<String, Object> signed = new LinkedHashMap<>();
                signed.put("id", opinion.getId());
                signed.put("canonicalText", opinion.getCanonicalText());
                signed.put("signature", opinion.getSignature());
                signed.put("signatureAlgorithm", opinion.getSignatureAlgorithm());
                signed.put("keyFingerprint", opinion.getKeyFingerprint());
                put(zip, "opinions/" + opinion.getId() + ".json", JSON.writeValueAsBytes(signed));
                opinionList.add(Map.of("id", opinion.getId(), "path", "opinions/" + opinion.getId() + ".json"));
            }
            put(zip, "agency-public-key.pem", pem(key.publicKey().getEncoded()).getBytes(StandardCharsets.US_ASCII));
            Map<String, Object> manifest = new LinkedHashMap<>();
            manifest.put("caseNumber", caseNumber);
            manifest.put("hashAlgorithm", settings.hash().label());
            manifest.put("checkpointTreeSize", size);
            manifest.put("entries", entryList.size());
            manifest.put("entriesAfterCheckpoint", record.size() - anchored.size());
            manifest.put("files", fileList);
            manifest.put("opinions", opinionList);
            put(zip, "manifest.json", JSON.writeValueAsBytes(manifest));
        }
        return size;
    }

    static String pem(byte[] spki) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(spki)
            + "\n-----END PUBLIC KEY-----\n";
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
