package org.sanxiang.casefile;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.sanxiang.record.CheckpointNote;
import org.sanxiang.record.MerkleTree;
import org.sanxiang.record.RecordEntry;
import org.sanxiang.record.RecordHash;
import org.sanxiang.signature.BouncyCastle;

/**
 * Verifies a case-file package with nothing but the package and the agency's public key (PEM),
 * without Spring, a database or a network: the checkpoint's signature, every entry's hash chain
 * and inclusion in the signed log, every file's hash against the manifest and the record, every
 * signed opinion. Prints 有效 or exactly what does not match; exit code 0 or 1.
 * {@code java -cp sanxiang-workflow.jar -Dloader.main=org.sanxiang.casefile.OfflineVerifier
 * org.springframework.boot.loader.launch.PropertiesLauncher package.zip agency-key.pem}
 */
public final class OfflineVerifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OfflineVerifier() {
    }

    public static void main(String[] args) throws IOException {
        List<String> rest = new ArrayList<>(List.of(args));
        rest.remove("verify");
        if (rest.size() != 2) {
            System.err.println("用法：verify <案卷包.zip> <机关公钥.pem>");
            System.exit(2);
        }
        List<String> problems = verify(Path.of(rest.get(0)), Files.readString(Path.of(rest.get(1)), StandardCharsets.US_ASCII));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (problems.isEmpty()) {
            out.println("有效：案卷包与机关签名的日志检查点完全一致。");
        } else {
            out.println("无效：");
            problems.forEach(p -> out.println("  - " + p));
            System.exit(1);
        }
    }

    /** what does not match; empty when the package is valid */
    public static List<String> verify(Path zip, String publicKeyPem) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
            return verify(file, key(publicKeyPem));
        }
    }

    private static List<String> verify(ZipFile content, PublicKey key) throws IOException {
        List<String> problems = new ArrayList<>();
        JsonNode manifest = JSON.readTree(required(content, "manifest.json"));
        RecordHash hash = RecordHash.named(manifest.path("hashAlgorithm").asText());
        CheckpointNote note = CheckpointNote.parse(new String(required(content, "record/checkpoint.txt"), StandardCharsets.UTF_8));
        if (note == null || !note.verify(List.of(key))) {
            problems.add("检查点（record/checkpoint.txt）的签名不是所给机关公钥的有效签名。");
            return problems;
        }
        JsonNode entries = JSON.readTree(required(content, "record/entries.json"));
        String previous = null;
        int expected = 1;
        Map<String, String> addedFiles = new HashMap<>();
        for (JsonNode e : entries) {
            int seq = e.path("seq").asInt();
            RecordEntry entry = new RecordEntry(0, e.path("case").asText(), seq, e.path("kind").asText(), e.path("actor").asText(),
                e.path("occurredAt").asLong(), e.path("details").asText(), hash.label(), text(e.path("prevHash")), e.path("entryHash").asText());
            if (seq != expected) {
                problems.add("记录顺序不符：第 " + expected + " 条的位置上是第 " + seq + " 条。");
            } else if (!Objects.equals(entry.prevHash(), previous) || !entry.recomputedHash().equals(entry.entryHash())) {
                problems.add("第 " + seq + " 条记录与其哈希值或前一条记录的哈希值不符：记录被改动。");
            } else {
                List<byte[]> path = new ArrayList<>();
                e.path("inclusionPath").forEach(p -> path.add(Base64.getDecoder().decode(p.asText())));
                if (!MerkleTree.verifyInclusion(hash, e.path("logIndex").asLong(), note.treeSize(), hash.leaf(entry.chained()), path, note.rootHash())) {
                    problems.add("第 " + seq + " 条记录的包含证明不成立：它不在已签名检查点（日志长度 " + note.treeSize() + "）的日志中。");
                }
            }
            if ("FILE_ADDED".equals(entry.kind())) {
                JsonNode details = JSON.readTree(entry.details());
                addedFiles.put(details.path("fileId").asText(), details.path("contentHash").asText());
            }
            previous = entry.entryHash();
            expected++;
        }
        for (JsonNode file : manifest.path("files")) {
            String path = file.path("path").asText();
            ZipEntry stored = content.getEntry(path);
            if (stored == null) {
                problems.add("材料“" + path + "”缺失。");
            } else if (!hashOf(content, stored, hash).equals(file.path("hash").asText())) {
                problems.add("材料“" + path + "”的内容与清单中的哈希值不符：文件被改动。");
            } else if (!file.path("hash").asText().equals(addedFiles.get(file.path("id").asText()))) {
                problems.add("材料“" + path + "”的哈希值与全过程记录中归入时登记的不符。");
            }
        }
        for (JsonNode listed : manifest.path("opinions")) {
            JsonNode opinion = JSON.readTree(required(content, listed.path("path").asText()));
            if (!opinion.path("keyFingerprint").asText().equals(fingerprint(key))) {
                continue;
            }
            if (!signatureValid(key, opinion.path("canonicalText").asText(), opinion.path("signature").asText())) {
                problems.add("书面审核意见 " + listed.path("id").asText() + " 的签名与其签名原文不符。");
            }
        }
        return problems;
    }

    private static boolean signatureValid(PublicKey key, String text, String signature) {
        try {
            Signature verifier = Signature.getInstance(BouncyCastle.signatureAlgorithm(key), BouncyCastle.PROVIDER);
            verifier.initVerify(key);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String fingerprint(PublicKey key) {
        return RecordHash.hex(RecordHash.SHA256.hash(key.getEncoded()));
    }

    /** the file's hash, streamed: a recording of several GB never sits in memory */
    private static String hashOf(ZipFile content, ZipEntry entry, RecordHash hash) throws IOException {
        org.bouncycastle.crypto.Digest digest = hash == RecordHash.SM3 ? new org.bouncycastle.crypto.digests.SM3Digest()
            : new org.bouncycastle.crypto.digests.SHA256Digest();
        try (InputStream in = content.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return RecordHash.hex(out);
    }

    private static PublicKey key(String pem) throws IOException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return new JcaPEMKeyConverter().setProvider(BouncyCastle.PROVIDER)
            .getPublicKey(SubjectPublicKeyInfo.getInstance(Base64.getDecoder().decode(base64)));
    }

    private static byte[] required(ZipFile content, String name) throws IOException {
        ZipEntry entry = content.getEntry(name);
        if (entry == null) {
            throw new IOException("案卷包中缺少 " + name);
        }
        try (InputStream in = content.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
