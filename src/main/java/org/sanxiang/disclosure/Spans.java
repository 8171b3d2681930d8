package org.sanxiang.disclosure;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The masked spans as stored (JSON). */
final class Spans {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Spans() {
    }

    static List<Span> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Span>>() { });
        } catch (java.io.IOException e) {
            throw new IllegalStateException("masked spans unreadable", e);
        }
    }
}
