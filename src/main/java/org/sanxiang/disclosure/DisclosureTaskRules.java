package org.sanxiang.disclosure;

import static org.sanxiang.disclosure.DecisionDisclosureProcess.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Groups;
import org.sanxiang.tasks.FormTaskRule;
import org.sanxiang.tasks.Holder;
import org.sanxiang.tasks.Inputs;
import org.springframework.stereotype.Component;

/**
 * The disclosers' tasks of {@code decision-disclosure}: checking the redaction (mask more, or unmask
 * a span with a reason), withdrawing a decision (the note shown on its tombstone) and correcting it
 * (the corrected text, redacted again, and what was corrected).
 */
@Component
class DisclosureTaskRules extends FormTaskRule {

    private static final Map<String, String> LABELS = Map.of(
        MASK_MORE, "需增加遮盖的内容",
        UNMASK, "需取消遮盖的内容",
        UNMASK_REASON, "取消遮盖的理由",
        WITHDRAWAL_NOTE, "撤下说明",
        CORRECTED_TEXT, "更正后的决定书全文",
        CORRECTION_NOTE, "更正说明");

    private static final int TEXT = 5_000;

    private final RedactionCheck check;

    DisclosureTaskRules(RedactionCheck check) {
        super(Set.of(TASK_CHECK_REDACTION, TASK_WITHDRAW, TASK_CORRECT), LABELS);
        this.check = check;
    }

    @Override
    public Holder holder(String taskKey) {
        return Holder.group(Groups.DISCLOSER);
    }

    @Override
    protected void completing(DelegateTask task, Inputs in, ActingUser user) {
        switch (task.getTaskDefinitionKey()) {
            case TASK_CHECK_REDACTION -> checkRedaction(task, in);
            case TASK_WITHDRAW -> task.setVariable(WITHDRAWAL_NOTE, in.text(WITHDRAWAL_NOTE, 1_000));
            case TASK_CORRECT -> {
                task.setVariable(CORRECTED_TEXT, in.text(CORRECTED_TEXT, LONG_TEXT));
                task.setVariable(CORRECTION_NOTE, in.text(CORRECTION_NOTE, 1_000));
            }
            default -> throw unexpected(task);
        }
    }

    private void checkRedaction(DelegateTask task, Inputs in) {
        long id = ((Number) task.getVariable(DISCLOSURE_ID)).longValue();
        List<String> more = phrases(in.optionalText(MASK_MORE, TEXT));
        List<String> unmask = phrases(in.optionalText(UNMASK, TEXT));
        String reason = in.optionalText(UNMASK_REASON, TEXT);
        Disclosure adjusted = check.apply(id, more, unmask, reason);
        if (!more.isEmpty() || !unmask.isEmpty()) {
            DisclosureSteps.showForCheck(task.getExecution(), RedactionCheck.current(adjusted));
        }
        task.setVariable(MASK_MORE, String.join("\n", more));
        task.setVariable(UNMASK, String.join("\n", unmask));
        task.setVariable(UNMASK_REASON, reason);
    }

    /** one phrase per line (or separated by 、；;) */
    static List<String> phrases(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> phrases = new LinkedHashSet<>();
        for (String part : text.split("[\\n\\r、；;]+")) {
            if (!part.isBlank()) {
                phrases.add(part.strip());
            }
        }
        return new ArrayList<>(phrases);
    }
}
