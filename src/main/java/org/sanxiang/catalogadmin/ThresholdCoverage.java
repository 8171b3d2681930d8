package org.sanxiang.catalogadmin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.Category;
import org.sanxiang.catalog.PartyType;
import org.sanxiang.catalog.Tier;

/**
 * Every tier keeps a threshold where the shipped catalog has one: for each category, action,
 * party type and tier for which a shipped row sets an amount threshold, the draft has a row with an
 * amount threshold that applies to it (a threshold may be raised or lowered, not dropped).
 */
final class ThresholdCoverage {

    private record Situation(String category, String action, String party, String tier, String shippedAmount) {

        String label() {
            return Category.valueOf(category).label() + "·" + Action.valueOf(action).label()
                + (party.isEmpty() ? "" : "·" + PartyType.valueOf(party).label()) + "·" + Tier.valueOf(tier).label();
        }
    }

    private final Set<Situation> situations = new LinkedHashSet<>();
    private final List<CatalogTable.Row> draft;

    ThresholdCoverage(List<CatalogTable.Row> shipped, List<CatalogTable.Row> draft) {
        this.draft = draft;
        for (CatalogTable.Row row : shipped) {
            if (row.entry("amount").isBlank()) {
                continue;
            }
            for (String category : codes(row.entry("category"), Category.values())) {
                for (String action : codes(row.entry("action"), Action.values())) {
                    List<String> parties = row.entry("partyType").isBlank() ? List.of("") : codes(row.entry("partyType"), PartyType.values());
                    for (String party : parties) {
                        for (String tier : codes(row.entry("tier"), Tier.values())) {
                            situations.add(new Situation(category, action, party, tier, row.entry("amount")));
                        }
                    }
                }
            }
        }
    }

    void check(List<String> problems) {
        for (Situation situation : situations) {
            boolean covered = draft.stream().anyMatch(row -> !row.entry("amount").isBlank()
                && DraftValidator.covers(row.entry("category"), situation.category())
                && DraftValidator.covers(row.entry("action"), situation.action())
                && (situation.party().isEmpty() ? row.entry("partyType").isBlank() : DraftValidator.covers(row.entry("partyType"), situation.party()))
                && DraftValidator.covers(row.entry("tier"), situation.tier()));
            if (!covered) {
                Cells.Threshold threshold = Cells.threshold(situation.shippedAmount());
                problems.add("“" + situation.label() + "”没有金额门槛行：默认目录在该层级设有门槛（"
                    + (threshold == null ? situation.shippedAmount() : Cells.describe(threshold))
                    + "），草案不能删去，只能修改数额：请为该层级保留一行金额门槛。");
            }
        }
    }

    private static List<String> codes(String cell, Enum<?>[] all) {
        List<String> values = Cells.strings(cell);
        if (cell.isBlank() || values == null) {
            List<String> every = new ArrayList<>();
            for (Enum<?> value : all) {
                every.add(value.name());
            }
            return every;
        }
        return values;
    }
}
