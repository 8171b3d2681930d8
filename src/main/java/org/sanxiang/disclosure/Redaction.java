package org.sanxiang.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A redacted text: the published text and the spans of the original it masks. */
record Redaction(String original, String text, List<Span> spans) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** the original with the spans (non-overlapping) replaced */
    static Redaction of(String original, List<Span> candidates) {
        List<Span> spans = new ArrayList<>();
        candidates.stream().sorted(Comparator.comparingInt(Span::start).thenComparing(s -> -(s.end() - s.start())))
            .forEach(span -> {
                Span last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                if (last == null || !last.overlaps(span)) {
                    spans.add(span);
                } else if (span.end() > last.end()) {
                    // overlapping spans are masked as one: nothing of either shows
                    String union = original.substring(last.start(), span.end());
                    boolean names = last.kind() == MaskKind.NAME && span.kind() == MaskKind.NAME;
                    spans.set(spans.size() - 1, new Span(last.start(), span.end(), names ? MaskKind.NAME : last.kind() == MaskKind.NAME
                        ? span.kind() : last.kind(), union, names && union.contains("·") ? Surnames.masked(union) : Redactor.MASK));
                }
            });
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : spans) {
            out.append(original, at, span.start()).append(span.replacement());
            at = span.end();
        }
        out.append(original.substring(at));
        return new Redaction(original, out.toString(), List.copyOf(spans));
    }

    /** the original with every masked span marked 【原文→替换】, for the discloser's check */
    String marked() {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Span span : spans) {
            out.append(original, at, span.start()).append("【").append(span.text()).append("→").append(span.replacement()).append("】");
            at = span.end();
        }
        return out.append(original.substring(at)).toString();
    }

    /** one line per masked span, for the discloser: kind, original, replacement */
    String spanList() {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            out.append(span.kind().label()).append("：").append(span.text()).append(" → ").append(span.replacement()).append('\n');
        }
        return out.toString().strip();
    }

    String spansJson() {
        try {
            return JSON.writeValueAsString(spans);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
