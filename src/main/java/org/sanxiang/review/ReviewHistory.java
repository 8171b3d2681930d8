package org.sanxiang.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.sanxiang.people.Directory;
import org.springframework.stereotype.Component;

/** Renders the earlier rounds of a case's reviews as the read-only text the forms show, people by 姓名 (张承办). */
@Component
public class ReviewHistory {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ReviewRecords records;
    private final Directory directory;

    public ReviewHistory(ReviewRecords records, Directory directory) {
        this.records = records;
        this.directory = directory;
    }

    public String render(String caseNumber) {
        List<ReviewRecord> all = records.ofCase(caseNumber);
        if (all.isEmpty()) {
            return "（尚无审核记录）";
        }
        StringBuilder text = new StringBuilder();
        int round = -1;
        for (ReviewRecord record : all) {
            if (record.getRound() != round) {
                round = record.getRound();
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append("【第").append(round).append("轮】\n");
            }
            text.append(TIME.format(record.getRecordedAt())).append(' ').append(directory.displayName(record.getActor())).append("：")
                .append(describe(record)).append('\n');
        }
        return text.toString().stripTrailing();
    }

    public static String describe(ReviewRecord record) {
        if (record instanceof Submission s) {
            return (s.getKind() == Submission.Kind.SUBMIT ? "报送审核" : "补充材料") + "，材料："
                + s.getMaterials().stream().map(Material::label).collect(Collectors.joining("、"))
                + "。说明：" + s.getNote();
        }
        if (record instanceof AcceptanceCheck a) {
            return a.isMaterialsComplete() ? "材料齐全，予以受理。" : "材料不齐全，退回补充。需补充：" + a.getMissingMaterials();
        }
        if (record instanceof WrittenOpinion o) {
            String failed = o.getFailedChecks().isEmpty() ? "无" : o.getFailedChecks().stream().map(ReviewCheck::label).collect(Collectors.joining("；"));
            return "出具书面审核意见：" + o.getOpinion().label()
                + (o.isReferToJudicial() ? "（涉嫌犯罪，建议移送司法机关）" : "")
                + "。未通过的审核项目：" + failed
                + (o.getOpinionText() == null ? "" : "。意见：" + o.getOpinionText());
        }
        if (record instanceof OpinionAnswer a) {
            return "研究处理审核意见：" + a.getResponse().label() + "。" + a.getResponseText();
        }
        if (record instanceof Negotiation n) {
            return "协商：" + n.getResult().label() + "。" + n.getNote();
        }
        if (record instanceof CollectiveDiscussion d) {
            return "负责人集体讨论：" + d.getResolution().label() + "。参会人员：" + d.getAttendees() + "。纪要：" + d.getMinutes();
        }
        if (record instanceof ReviewConclusion c) {
            return "审核结束：" + c.getOutcome().label() + "。";
        }
        return record.getClass().getSimpleName();
    }
}
