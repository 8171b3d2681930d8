package org.sanxiang.catalogadmin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row that differs between two versions of the catalog: added (新增), removed (删除) or changed
 * (修改, with the fields that changed). Rows are matched by their DMN rule id, which Camunda Modeler
 * keeps when a row is edited.
 */
public record ItemChange(String change, String ruleId, String number, CatalogItem before, CatalogItem after, List<String> fields) {

    static List<ItemChange> between(List<CatalogItem> from, List<CatalogItem> to) {
        Map<String, CatalogItem> before = new LinkedHashMap<>();
        from.forEach(item -> before.put(item.ruleId(), item));
        List<ItemChange> changes = new ArrayList<>();
        for (CatalogItem item : to) {
            CatalogItem old = before.remove(item.ruleId());
            if (old == null) {
                changes.add(new ItemChange("新增", item.ruleId(), item.number(), null, item, List.of()));
            } else if (!old.sameContent(item)) {
                changes.add(new ItemChange("修改", item.ruleId(), item.number(), old, item, fields(old, item)));
            }
        }
        before.values().forEach(item -> changes.add(new ItemChange("删除", item.ruleId(), item.number(), item, null, List.of())));
        return changes;
    }

    private static List<String> fields(CatalogItem a, CatalogItem b) {
        List<String> fields = new ArrayList<>();
        if (!a.number().equals(b.number())) {
            fields.add("条目编号");
        }
        if (!a.category().equals(b.category())) {
            fields.add("执法类别");
        }
        if (!a.actions().equals(b.actions())) {
            fields.add("执法行为");
        }
        if (!a.party().equals(b.party())) {
            fields.add("当事人类型");
        }
        if (!a.condition().equals(b.condition())) {
            fields.add("条件");
        }
        if (!a.basis().equals(b.basis())) {
            fields.add("依据表述");
        }
        return fields;
    }
}
