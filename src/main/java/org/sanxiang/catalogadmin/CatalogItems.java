package org.sanxiang.catalogadmin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.Category;
import org.sanxiang.catalog.MajorDecision;
import org.sanxiang.catalog.PartyType;
import org.sanxiang.catalog.Tier;

/**
 * The catalog's items as a person reads them, generated from the rows of the DMN model: the
 * condition in Chinese (罚款数额 ≥ 5,000 元（县级、乡镇）), the category, actions and party type by
 * their Chinese names. A cell that is not one of the simple forms is shown as written (FEEL).
 */
final class CatalogItems {

    private static final Pattern ITEM_NUMBER = Pattern.compile("^(第[0-9一二三四五六七八九十百]+项)[：:]?");
    private static final List<String> FLAGS = List.of("hearingHeld", "outsideDiscretion", "publicInterest", "socialRisk",
        "complexCase", "suspectedCrime");

    private CatalogItems() {
    }

    static List<CatalogItem> of(DmnModelInstance model) {
        Map<String, String> labels = CatalogTable.inputs(CatalogTable.table(model, MajorDecision.CATALOG_ITEMS_KEY));
        List<CatalogItem> items = new ArrayList<>();
        for (CatalogTable.Row row : CatalogTable.rows(model)) {
            if (row.catchAll() || CatalogTable.NO_ITEM.equals(row.output())) {
                continue;
            }
            Matcher number = ITEM_NUMBER.matcher(row.output());
            items.add(new CatalogItem(row.index(), row.ruleId(), number.find() ? number.group(1) : "第" + row.index() + "行",
                names(row.entry("category"), "各类执法行为", code -> Category.valueOf(code).label()),
                names(row.entry("action"), "各类决定", code -> Action.valueOf(code).label()),
                names(row.entry("partyType"), "不限", code -> PartyType.valueOf(code).label()),
                condition(row, labels), row.output()));
        }
        return items;
    }

    static String condition(CatalogTable.Row row, Map<String, String> labels) {
        List<String> parts = new ArrayList<>();
        String amount = row.entry("amount");
        String tiers = row.entry("tier").isBlank() ? "" : "（" + names(row.entry("tier"), "", CatalogItems::tier) + "）";
        if (!amount.isBlank()) {
            Cells.Threshold threshold = Cells.threshold(amount);
            String range = Cells.range(amount);
            String value = threshold != null ? Cells.describe(threshold) : range != null ? range : amount;
            parts.add(amountLabel(row.entry("action")) + " " + value + tiers);
        } else if (!tiers.isEmpty()) {
            parts.add("执法层级" + tiers);
        }
        for (String flag : FLAGS) {
            String cell = row.entry(flag);
            String label = labels.getOrDefault(flag, flag).replaceFirst("^是否", "");
            if (cell.equals("true")) {
                parts.add(label);
            } else if (cell.equals("false")) {
                parts.add("非“" + label + "”");
            } else if (!cell.isBlank()) {
                parts.add(label + "：" + cell);
            }
        }
        for (Map.Entry<String, String> entry : row.entries().entrySet()) {
            if (!entry.getValue().isBlank() && !FLAGS.contains(entry.getKey())
                && !List.of("category", "action", "partyType", "tier", "amount").contains(entry.getKey())) {
                parts.add(labels.getOrDefault(entry.getKey(), entry.getKey()) + "：" + entry.getValue());
            }
        }
        return parts.isEmpty() ? "一律" : String.join("，", parts);
    }

    private static String amountLabel(String actionCell) {
        List<String> actions = Cells.strings(actionCell);
        if (actions != null && actions.size() == 1) {
            return switch (actions.get(0)) {
                case "FINE" -> "罚款数额";
                case "CONFISCATION" -> "没收违法所得、非法财物价值";
                case "SEIZURE" -> "查封、扣押财物价值";
                default -> "金额";
            };
        }
        return "金额";
    }

    private static String tier(String code) {
        String label = Tier.valueOf(code).label();
        int bracket = label.indexOf('(');
        return bracket > 0 ? label.substring(0, bracket) : label;
    }

    /** the Chinese names of the codes of a cell; the cell as written when it is not a list of known codes */
    private static String names(String cell, String whenEmpty, Function<String, String> label) {
        if (cell.isBlank()) {
            return whenEmpty;
        }
        List<String> codes = Cells.strings(cell);
        if (codes == null) {
            return cell;
        }
        try {
            return String.join("、", codes.stream().map(label).toList());
        } catch (IllegalArgumentException unknown) {
            return cell;
        }
    }
}
