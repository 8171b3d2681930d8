package org.sanxiang.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Chinese locale of the Camunda webapps: each app's {@code zh.json} has exactly the keys of the {@code en.json}
 * that Camunda ships (angular-translate falls back per key only to the fallback language, which is zh itself, so a
 * missing key would show as its name), keeps every placeholder and HTML tag, and the app's {@code config.js}
 * announces zh and makes it the fallback.
 */
class WebappLocalesTest {

    static final String APP = "META-INF/resources/webjars/camunda/app/";
    static final Pattern MARKS = Pattern.compile(
        "\\{\\{\\s*[^}]*?\\s*}}|%[sd]|</?(?:a|br|b|strong|i|em|code|span|p|ul|ol|li|div|small|pre|kbd|h\\d)\\b[^>]*>|&[a-z]+;");
    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseLocaleHasEveryKeyOfTheShippedEnglishOneWithItsPlaceholders(String app) throws IOException {
        JsonNode en = json(APP + app + "/locales/en.json");
        JsonNode zh = json(APP + app + "/locales/zh.json");

        assertThat(fieldNames(zh)).containsExactlyInAnyOrderElementsOf(fieldNames(en));
        assertThat(fieldNames(zh.get("labels"))).containsExactlyInAnyOrderElementsOf(fieldNames(en.get("labels")));
        if (en.has("dateLocales")) {
            assertThat(shape(zh.get("dateLocales"))).isEqualTo(shape(en.get("dateLocales")));
        }
        List<String> broken = new ArrayList<>();
        en.get("labels").fields().forEachRemaining(label -> {
            String chinese = zh.get("labels").get(label.getKey()).asText();
            if (!marks(chinese).equals(marks(label.getValue().asText()))) {
                broken.add(label.getKey() + ": " + marks(label.getValue().asText()) + " -> " + marks(chinese));
            }
        });
        assertThat(broken).as("placeholders or markup changed").isEmpty();
    }

    /** texts that stay as they are in Chinese: product names, abbreviations, a date pattern */
    static final Set<String> UNTRANSLATED = Set.of("Camunda", "Optimize", "ID", "ID*", "CSV", "JSON",
        "YYYY-MM-DDTHH:mm:ss");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyLabelIsTranslated(String app) throws IOException {
        JsonNode en = json(APP + app + "/locales/en.json").get("labels");
        JsonNode zh = json(APP + app + "/locales/zh.json").get("labels");
        List<String> english = new ArrayList<>();
        en.fields().forEachRemaining(label -> {
            String text = label.getValue().asText();
            boolean translatable = text.matches("(?s).*[A-Za-z]{2,}.*") && !UNTRANSLATED.contains(text);
            if (translatable && zh.get(label.getKey()).asText().equals(text)) {
                english.add(label.getKey());
            }
        });
        assertThat(english).as("labels still in English").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configAnnouncesChineseAsFallbackAndKeepsEnglish(String app) throws IOException {
        String config = projectResource(APP + app + "/scripts/config.js");

        assertThat(config.replaceAll("\\s", ""))
            .contains("locales:{availableLocales:['zh','en'],fallbackLocale:'zh'}")
            .contains("vendor:'行政执法三项制度·'");
    }

    static JsonNode json(String resource) throws IOException {
        URL url = WebappLocalesTest.class.getClassLoader().getResource(resource);
        assertThat(url).as(resource).isNotNull();
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Camunda's en.json files start with a byte order mark
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    /** The project's copy of a resource that Camunda's webjar has too (the project's classes come first). */
    static String projectResource(String resource) throws IOException {
        for (URL url : Collections.list(WebappLocalesTest.class.getClassLoader().getResources(resource))) {
            if ("file".equals(url.getProtocol())) {
                try (InputStream in = url.openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("the project has no " + resource);
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    static Object shape(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> shape = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                shape.put(field.getKey(), shape(field.getValue()));
            }
            return shape;
        }
        if (node.isArray()) {
            return "array of " + node.size();
        }
        return node.getNodeType().name();
    }

    static List<String> marks(String text) {
        List<String> marks = new ArrayList<>();
        Matcher matcher = MARKS.matcher(text);
        while (matcher.find()) {
            marks.add(matcher.group().replaceAll("\\s+", ""));
        }
        Collections.sort(marks);
        return marks;
    }
}
