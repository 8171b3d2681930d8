package org.sanxiang.catalogadmin;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * No two rows of the same category and action contradict each other for the same inputs: rows
 * with the same category, action and flags whose party types and tiers overlap must not set
 * different amount thresholds (which one would apply?) nor, with the same threshold, name
 * different catalog items.
 */
final class Contradictions {

    private static final List<String> FLAGS = List.of("hearingHeld", "outsideDiscretion", "publicInterest", "socialRisk",
        "complexCase", "suspectedCrime");

    private Contradictions() {
    }

    static void check(List<CatalogTable.Row> rows, List<String> problems) {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                CatalogTable.Row a = rows.get(i);
                CatalogTable.Row b = rows.get(j);
                if (!sameSituation(a, b)) {
                    continue;
                }
                String amountA = a.entry("amount");
                String amountB = b.entry("amount");
                if (!amountA.isBlank() && !amountB.isBlank() && !amountA.equals(amountB)) {
                    problems.add(a.label() + "与" + b.label() + "对同一情形规定了不同的金额门槛（“" + amountA + "”与“" + amountB
                        + "”），相互矛盾：请删除或合并其中一行，或让两行的当事人类型、执法层级不再重叠。");
                } else if (amountA.equals(amountB) && !a.output().equals(b.output())) {
                    problems.add(a.label() + "与" + b.label() + "条件完全相同，却列为不同的目录条目，相互矛盾：请删除或合并其中一行。");
                }
            }
        }
    }

    private static boolean sameSituation(CatalogTable.Row a, CatalogTable.Row b) {
        if (!set(a.entry("category")).equals(set(b.entry("category"))) || !set(a.entry("action")).equals(set(b.entry("action")))) {
            return false;
        }
        for (String flag : FLAGS) {
            if (!a.entry(flag).equals(b.entry(flag))) {
                return false;
            }
        }
        return overlap(a.entry("partyType"), b.entry("partyType")) && overlap(a.entry("tier"), b.entry("tier"));
    }

    private static Set<String> set(String cell) {
        List<String> values = Cells.strings(cell);
        return values == null ? Set.of(cell) : new HashSet<>(values);
    }

    private static boolean overlap(String a, String b) {
        if (a.isBlank() || b.isBlank()) {
            return true;
        }
        List<String> left = Cells.strings(a);
        List<String> right = Cells.strings(b);
        if (left == null || right == null) {
            return a.equals(b);
        }
        return left.stream().anyMatch(right::contains);
    }
}
