package org.sanxiang.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sanxiang.record.RecordEntry;
import org.sanxiang.record.RecordKinds;
import org.sanxiang.record.RecordVerification;

/** The rows of the case-file page: files and record entries as people read them (names, Beijing time, sizes). */
final class RecordPageRows {

    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));
    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordPageRows() {
    }

    /** one file of the list; {@code correction} says which it corrects, {@code correctedBy} which corrected it */
    record FileRow(long id, String type, String name, String activity, String activityTime, String uploader, String uploadedAt,
                   String size, String hash, String hashAlgorithm, String correction, String correctedBy, boolean late) {
    }

    /** one entry of the record: its number, when, who (by name), what (in short) and the details as recorded */
    record EntryRow(int seq, String at, String actor, String kind, String what, String details) {
    }

    static FileRow file(CaseFileEntry f, List<CaseFileEntry> all, Function<String, String> name) {
        List<String> later = all.stream().filter(o -> f.id() == (o.supersedes() == null ? -1 : o.supersedes()))
            .map(o -> "第 " + o.id() + " 号").toList();
        return new FileRow(f.id(), f.type().label(), f.name(), f.activity(), CaseFileController.SHOWN.format(Instant.ofEpochMilli(f.activityAt())),
            name.apply(f.uploadedBy()), CaseFileController.SHOWN.format(Instant.ofEpochMilli(f.uploadedAt())), size(f.size()),
            f.contentHash(), f.hashAlgorithm(), f.supersedes() == null ? null : "更正第 " + f.supersedes() + " 号材料",
            later.isEmpty() ? null : "已被" + String.join("、", later) + "材料更正", f.late());
    }

    static EntryRow entry(RecordEntry e, Function<String, String> name) {
        JsonNode details;
        try {
            details = JSON.readTree(e.details());
        } catch (JsonProcessingException ex) {
            details = JSON.getNodeFactory().textNode(e.details());
        }
        String actor = "system".equals(e.actor()) ? "系统" : name.apply(e.actor());
        return new EntryRow(e.seq(), SECONDS.format(Instant.ofEpochMilli(e.occurredAt())), actor, RecordKinds.name(e.kind()),
            what(e.kind(), details, name), e.details());
    }

    private static String what(String kind, JsonNode d, Function<String, String> name) {
        if (RecordKinds.RETRIEVAL.equals(kind)) {
            return d.path("what").asText() + (d.hasNonNull("purpose") ? "（目的：" + d.path("purpose").asText() + "）" : "");
        }
        if (RecordKinds.FILE_ADDED.equals(kind)) {
            FileType type = FileType.parse(d.path("type").asText()).orElse(FileType.OTHER);
            return "第 " + d.path("fileId").asText() + " 号材料（" + type.label() + "）" + d.path("name").asText()
                + (d.hasNonNull("supersedes") ? "，更正第 " + d.path("supersedes").asText() + " 号" : "");
        }
        if (d.hasNonNull("taskName")) {
            String what = d.path("taskName").asText();
            if (d.hasNonNull("assignee")) {
                what += "（由" + name.apply(d.path("assignee").asText()) + "办理）";
            }
            if (d.path("values").isObject() && !d.path("values").isEmpty()) {
                what += "：" + values(d.path("values"));
            }
            return what;
        }
        if (d.hasNonNull("decision")) {
            return d.path("decision").asText() + "：" + values(d.path("outputs"));
        }
        return d.isObject() ? values(d) : d.asText();
    }

    private static String values(JsonNode node) {
        List<String> parts = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                parts.add(field.getKey() + "=" + (field.getValue().isTextual() ? field.getValue().asText() : field.getValue().toString()));
            }
        } else {
            parts.add(node.toString());
        }
        String text = String.join("，", parts);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format("%.1f %s（%,d 字节）", value, units[unit], bytes);
    }

    static String breach(RecordVerification.Breach breach) {
        return switch (breach) {
            case ALTERED -> "记录被改动";
            case MISSING -> "记录缺失";
            case OUT_OF_ORDER -> "记录顺序被改动";
            case CHECKPOINT_FORGED -> "检查点被伪造";
        };
    }
}
