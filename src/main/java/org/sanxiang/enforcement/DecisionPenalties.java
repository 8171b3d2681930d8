package org.sanxiang.enforcement;

import static org.sanxiang.enforcement.EnforcementCaseProcess.CONFISCATION_AMOUNT;
import static org.sanxiang.enforcement.EnforcementCaseProcess.FINE_AMOUNT;
import static org.sanxiang.enforcement.EnforcementCaseProcess.PENALTIES;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.catalog.Category;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.tasks.Inputs;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The penalties of a decision (table {@code decision_penalty}): read from the draft decision's
 * checklist 处罚种类 with the amounts of 罚款 and 没收违法所得, and kept with each draft (the rows of
 * the case replaced in the step's transaction). A case without rows has the one penalty of its facts.
 * The amount of a kind not chosen is ignored (the form hides it, an earlier draft may have left it).
 */
@Component
class DecisionPenalties {

    private final JdbcTemplate jdbc;

    DecisionPenalties(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** the chosen kinds with their amounts (0 for the kinds without one), refused where they do not fit */
    static Map<PenaltyKind, BigDecimal> read(Inputs in, Category category) {
        List<PenaltyKind> kinds = in.choices(PENALTIES, PenaltyKind.class, PenaltyKind::label);
        if (!kinds.isEmpty() && category != Category.PENALTY) {
            throw new InvalidInputException(PENALTIES, "只有行政处罚案件可以选择" + in.label(PENALTIES) + "。");
        }
        Map<PenaltyKind, BigDecimal> penalties = new LinkedHashMap<>();
        for (PenaltyKind kind : PenaltyKind.OFFERED) {
            if (kinds.contains(kind)) {
                penalties.put(kind, kind.monetary() ? positive(in, amountField(kind)) : BigDecimal.ZERO);
            }
        }
        return penalties;
    }

    static String amountField(PenaltyKind kind) {
        return kind == PenaltyKind.FINE ? FINE_AMOUNT : CONFISCATION_AMOUNT;
    }

    private static BigDecimal positive(Inputs in, String field) {
        BigDecimal amount = in.amount(field);
        if (amount.signum() <= 0) {
            throw new InvalidInputException(field, "请填写" + in.label(field) + "（大于 0）。");
        }
        return amount;
    }

    /** replaces the case's penalties by these */
    void keep(String caseNumber, Map<PenaltyKind, BigDecimal> penalties) {
        jdbc.update("DELETE FROM decision_penalty WHERE case_number = ?", caseNumber);
        penalties.forEach((kind, amount) -> jdbc.update(
            "INSERT INTO decision_penalty (case_number, action, amount) VALUES (?, ?, ?)", caseNumber, kind.name(), amount));
    }
}
