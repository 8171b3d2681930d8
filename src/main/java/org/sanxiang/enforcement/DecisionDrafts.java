package org.sanxiang.enforcement;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.catalog.Action;
import org.sanxiang.people.Directory;
import org.springframework.stereotype.Component;

/**
 * Every draft of a case's decision, kept version by version (docs/domain.md, 法制审核: the reviewer
 * sees the draft of the round and what changed since the last one), and the texts the forms show.
 */
@Component
public class DecisionDrafts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    /** the fields of a draft in the order and with the labels of the form 拟作出决定 */
    private record Field(String label, Function<DecisionDraft, String> value) {
    }

    private static final List<Field> FIELDS = List.of(
        new Field("执法行为", d -> Action.valueOf(d.getAction()).label()),
        new Field("涉案金额/罚没金额（元）", d -> d.getAmount().stripTrailingZeros().toPlainString()),
        new Field("拟作出决定内容", DecisionDraft::getDecisionDraft),
        new Field("证据采信理由", DecisionDraft::getEvidenceReasoning),
        new Field("法律依据选择", DecisionDraft::getLegalBasis),
        new Field("裁量基准适用说明", DecisionDraft::getDiscretionReasoning));

    private final DecisionDraftRepository drafts;
    private final Directory directory;

    public DecisionDrafts(DecisionDraftRepository drafts, Directory directory) {
        this.drafts = drafts;
        this.directory = directory;
    }

    /** keeps the draft as the next version of the case's drafts */
    DecisionDraft keep(String caseNumber, String action, BigDecimal amount, String decisionDraft, String evidenceReasoning,
                       String legalBasis, String discretionReasoning, String userId) {
        int version = drafts.findFirstByCaseNumberOrderByVersionDesc(caseNumber).map(DecisionDraft::getVersion).orElse(0) + 1;
        return drafts.save(new DecisionDraft(caseNumber, version, action, amount, decisionDraft, evidenceReasoning,
            legalBasis, discretionReasoning, userId, ClockUtil.getCurrentTime().toInstant()));
    }

    public List<DecisionDraft> ofCase(String caseNumber) {
        return drafts.findByCaseNumberOrderByVersionAsc(caseNumber);
    }

    public Optional<DecisionDraft> latest(String caseNumber) {
        return drafts.findFirstByCaseNumberOrderByVersionDesc(caseNumber);
    }

    /** the whole draft as the review forms show it */
    public String render(DecisionDraft draft) {
        StringBuilder text = new StringBuilder("第").append(draft.getVersion()).append("稿（")
            .append(TIME.format(draft.getDraftedAt())).append(' ').append(directory.displayName(draft.getDraftedBy())).append("）\n");
        for (Field field : FIELDS) {
            text.append("【").append(field.label()).append("】").append(field.value().apply(draft)).append('\n');
        }
        return text.toString().stripTrailing();
    }

    /** what changed from the version before, field by field, as the reviewer reads it */
    public String changes(DecisionDraft draft) {
        if (draft.getVersion() == 1) {
            return "第1稿，首次报送，无修改。";
        }
        DecisionDraft before = drafts.findByCaseNumberOrderByVersionAsc(draft.getCaseNumber()).stream()
            .filter(d -> d.getVersion() == draft.getVersion() - 1).findFirst().orElseThrow();
        return changes(before, draft);
    }

    static String changes(DecisionDraft before, DecisionDraft after) {
        List<String> changed = new ArrayList<>();
        List<String> same = new ArrayList<>();
        for (Field field : FIELDS) {
            String was = field.value().apply(before);
            String now = field.value().apply(after);
            if (Objects.equals(was, now)) {
                same.add(field.label());
            } else {
                changed.add("【" + field.label() + "】\n  第" + before.getVersion() + "稿：" + was
                    + "\n  第" + after.getVersion() + "稿：" + now);
            }
        }
        StringBuilder text = new StringBuilder("第").append(after.getVersion()).append("稿与第").append(before.getVersion()).append("稿相比：");
        if (changed.isEmpty()) {
            text.append("未作修改。");
        } else {
            text.append("修改了").append(changed.size()).append("项。\n").append(String.join("\n", changed));
            if (!same.isEmpty()) {
                text.append("\n未修改：").append(String.join("、", same)).append("。");
            }
        }
        return text.toString();
    }
}
