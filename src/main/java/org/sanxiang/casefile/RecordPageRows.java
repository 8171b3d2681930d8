package org.sanxiang.casefile;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

import org.sanxiang.record.EntrySummary;
import org.sanxiang.record.RecordEntry;
import org.sanxiang.record.RecordKinds;
import org.sanxiang.record.RecordVerification;

/** The rows of the case-file page: files and record entries as people read them (names, Beijing time, sizes). */
final class RecordPageRows {

    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private RecordPageRows() {
    }

    /** one file of the list; {@code correction} says which it corrects, {@code correctedBy} which corrected it */
    record FileRow(long id, String type, String name, String activity, String activityTime, String uploader, String uploadedAt,
                   String size, String hash, String hashAlgorithm, String correction, String correctedBy, boolean late) {
    }

    /**
     * one entry of the record: its number, when, who (by name), what (its kind), the entry in Chinese (a sentence and
     * the values under their labels) and, behind 记录原文, its canonical text and hash, which the hash chain covers
     */
    record EntryRow(int seq, String at, String actor, String kind, String text, List<EntrySummary.Line> lines, String canonical,
                    String hashAlgorithm, String entryHash) {
    }

    static FileRow file(CaseFileEntry f, List<CaseFileEntry> all, Function<String, String> name) {
        List<String> later = all.stream().filter(o -> f.id() == (o.supersedes() == null ? -1 : o.supersedes()))
            .map(o -> "第 " + o.id() + " 号").toList();
        return new FileRow(f.id(), f.type().label(), f.name(), f.activity(), CaseFileController.SHOWN.format(Instant.ofEpochMilli(f.activityAt())),
            name.apply(f.uploadedBy()), CaseFileController.SHOWN.format(Instant.ofEpochMilli(f.uploadedAt())), size(f.size()),
            f.contentHash(), f.hashAlgorithm(), f.supersedes() == null ? null : "更正第 " + f.supersedes() + " 号材料",
            later.isEmpty() ? null : "已被" + String.join("、", later) + "材料更正", f.late());
    }

    static EntryRow entry(RecordEntry e, Function<String, String> name, Function<RecordEntry, EntrySummary> summaries) {
        String actor = "system".equals(e.actor()) ? "系统" : name.apply(e.actor());
        EntrySummary summary = summaries.apply(e);
        return new EntryRow(e.seq(), SECONDS.format(Instant.ofEpochMilli(e.occurredAt())), actor, RecordKinds.name(e.kind()),
            summary.text(), summary.lines(), e.canonical(), e.hashAlgorithm(), e.entryHash());
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
