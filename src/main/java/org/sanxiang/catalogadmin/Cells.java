package org.sanxiang.catalogadmin;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the simple FEEL unary tests of the catalog's cells: string lists, number comparisons, booleans. */
final class Cells {

    private static final Pattern STRING_LIST = Pattern.compile("\\s*\"[^\"]*\"\\s*(,\\s*\"[^\"]*\"\\s*)*");
    private static final Pattern STRING = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern COMPARISON = Pattern.compile("\\s*(>=|<=|>|<|=)?\\s*(-?\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern RANGE = Pattern.compile("\\s*([\\[(\\]])\\s*(-?\\d+(?:\\.\\d+)?)\\s*\\.\\.\\s*(-?\\d+(?:\\.\\d+)?)\\s*([\\])\\[])\\s*");

    /** a comparison of a number: operator ({@code >=}, {@code >}, {@code <=}, {@code <}, {@code =}) and value */
    record Threshold(String operator, BigDecimal value) {
    }

    private Cells() {
    }

    /** the strings of a cell such as {@code "COUNTY","TOWNSHIP"}; null if the cell is anything else */
    static List<String> strings(String cell) {
        if (cell == null || !STRING_LIST.matcher(cell).matches()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        Matcher matcher = STRING.matcher(cell);
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    /** the comparison of a cell such as {@code >= 5000}; null if the cell is not one */
    static Threshold threshold(String cell) {
        Matcher matcher = cell == null ? null : COMPARISON.matcher(cell);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        return new Threshold(matcher.group(1) == null ? "=" : matcher.group(1), new BigDecimal(matcher.group(2)));
    }

    /** a cell such as {@code [5000..10000)}: "5,000 元（含）至 10,000 元（不含）"; null if not a range */
    static String range(String cell) {
        Matcher matcher = cell == null ? null : RANGE.matcher(cell);
        if (matcher == null || !matcher.matches()) {
            return null;
        }
        return yuan(new BigDecimal(matcher.group(2))) + (matcher.group(1).equals("[") ? "（含）" : "（不含）") + "至 "
            + yuan(new BigDecimal(matcher.group(3))) + (matcher.group(4).equals("]") ? "（含）" : "（不含）");
    }

    /** an amount threshold in a form a person reads: "≥ 5,000 元" */
    static String describe(Threshold threshold) {
        String operator = switch (threshold.operator()) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> threshold.operator();
        };
        return operator + " " + yuan(threshold.value());
    }

    static String yuan(BigDecimal value) {
        return new DecimalFormat("#,##0.##").format(value) + " 元";
    }

    /** a valid amount cell: empty, a number comparison or a range of numbers */
    static boolean numeric(String cell) {
        return cell == null || cell.isBlank() || threshold(cell) != null || range(cell) != null;
    }
}
