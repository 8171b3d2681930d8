package org.sanxiang.catalogadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Drafts of the catalog for tests: the shipped file, edited as a catalog administrator would. */
final class Drafts {

    private Drafts() {
    }

    static String shipped() {
        try (InputStream in = Drafts.class.getClassLoader().getResourceAsStream("dmn/major-decision.dmn")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** the county threshold of a fine on a person (catalog row 1, county and township) raised to the amount, text unchanged */
    static String countyFineThreshold(String xml, int amount) {
        return replaceInRule(xml, "catalog-row-1-county", "<text>&gt;= 5000</text>", "<text>&gt;= " + amount + "</text>");
    }

    static String replaceInRule(String xml, String ruleId, String from, String to) {
        String rule = rule(xml, ruleId);
        if (!rule.contains(from)) {
            throw new IllegalArgumentException(from + " not in " + ruleId);
        }
        return xml.replace(rule, rule.replace(from, to));
    }

    static String rule(String xml, String ruleId) {
        Matcher matcher = Pattern.compile("\\s*<rule id=\"" + Pattern.quote(ruleId) + "\">.*?</rule>", Pattern.DOTALL).matcher(xml);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no rule " + ruleId);
        }
        return matcher.group();
    }

    static String removeRule(String xml, String ruleId) {
        return xml.replace(rule(xml, ruleId), "");
    }

    /** a copy of a rule (ids suffixed) inserted before the catch-all row */
    static String copyRule(String xml, String ruleId, String suffix, String from, String to) {
        String copy = rule(xml, ruleId).replaceAll("id=\"" + Pattern.quote(ruleId), "id=\"" + ruleId + suffix).replace(from, to);
        String catchAll = rule(xml, "catalog-no-item");
        return xml.replace(catchAll, copy + catchAll);
    }

    static String catchAllFirst(String xml) {
        String catchAll = rule(xml, "catalog-no-item");
        String first = rule(xml, "catalog-row-1-county");
        return xml.replace(catchAll, "").replace(first, catchAll + first);
    }
}
