package org.sanxiang.disclosure;

import static org.sanxiang.disclosure.DecisionDisclosureProcess.*;

import java.util.List;

import org.sanxiang.refusal.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The discloser's changes to an automatic redaction ({@code check-redaction}), from the task's form
 * or from the check page: more phrases masked (each must occur in the original), masked phrases
 * unmasked (each must be one of the marked spans, with a reason). Each change is added to the
 * disclosure's check note.
 */
@Component
class RedactionCheck {

    private final DisclosureSteps steps;
    private final DisclosureRepository disclosures;

    RedactionCheck(DisclosureSteps steps, DisclosureRepository disclosures) {
        this.steps = steps;
        this.disclosures = disclosures;
    }

    /** applies the changes (none: nothing happens) and returns the disclosure as it is now */
    Disclosure apply(long disclosureId, List<String> more, List<String> unmask, String reason) {
        Disclosure disclosure = disclosures.findById(disclosureId).orElseThrow();
        for (String phrase : more) {
            if (phrase.length() < 2 || !disclosure.getOriginalText().contains(phrase)) {
                throw new InvalidInputException(MASK_MORE, "需增加遮盖的内容“" + abbreviate(phrase) + "”在决定书原文中找不到（至少两个字，须与原文一致）。");
            }
        }
        List<Span> spans = Spans.parse(disclosure.getMaskedSpans());
        for (String phrase : unmask) {
            if (spans.stream().noneMatch(span -> span.text().equals(phrase))) {
                throw new InvalidInputException(UNMASK, "需取消遮盖的内容“" + abbreviate(phrase) + "”不是被遮盖的内容（须与标注的原文一致）。");
            }
        }
        if (!unmask.isEmpty() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException(UNMASK_REASON, "取消遮盖须填写取消遮盖的理由。");
        }
        if (more.isEmpty() && unmask.isEmpty()) {
            return disclosure;
        }
        steps.adjust(disclosureId, more, unmask, reason);
        return disclosures.findById(disclosureId).orElseThrow();
    }

    /** the redaction as it stands, for the task's read-only fields and the check page */
    static Redaction current(Disclosure disclosure) {
        return new Redaction(disclosure.getOriginalText(), disclosure.getPublishedText(), Spans.parse(disclosure.getMaskedSpans()));
    }

    private static String abbreviate(String text) {
        return text.length() > 20 ? text.substring(0, 20) + "…" : text;
    }
}
