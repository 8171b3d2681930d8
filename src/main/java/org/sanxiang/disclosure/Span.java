package org.sanxiang.disclosure;

/** A masked part of the original text: [start, end) and what replaces it. */
record Span(int start, int end, MaskKind kind, String text, String replacement) {

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
