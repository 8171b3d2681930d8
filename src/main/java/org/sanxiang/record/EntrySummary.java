package org.sanxiang.record;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One entry of a case's record as a civil servant reads it: a Chinese sentence (who did what, the decision's result)
 * and, where the step carried values, each value under its Chinese label (form field labels, names of people,
 * Beijing time). The entry's canonical text, which its hash covers, is not replaced: it is shown beside this.
 *
 * @param text  the sentence, e.g. 任务「法制审核」由 李娜 领取
 * @param lines the values, label and value, in the order of the entry's details
 */
public record EntrySummary(String text, List<Line> lines) {

    /** one value of the step under its label */
    public record Line(String label, String value) {
    }

    /** the sentence and the values in one line of text (the REST API's {@code summary}) */
    public String plain() {
        return lines.isEmpty() ? text
            : text + "。" + lines.stream().map(l -> l.label() + "：" + l.value()).collect(Collectors.joining("；"));
    }
}
