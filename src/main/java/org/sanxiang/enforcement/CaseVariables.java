package org.sanxiang.enforcement;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.sanxiang.catalog.ReviewLevel;

/** Writes validated case facts back as process variables of the types the contract names. */
public final class CaseVariables {

    private CaseVariables() {
    }

    /** writes the facts; a variable that already holds the value is left as it is (no update, no history detail) */
    public static void write(VariableScope scope, CaseFacts facts) {
        setIfChanged(scope, CASE_TITLE, facts.caseTitle());
        setIfChanged(scope, CATEGORY, facts.category().name());
        setIfChanged(scope, ACTION, facts.action().name());
        setIfChanged(scope, PROCEDURE, facts.procedure().name());
        setIfChanged(scope, TIER, facts.tier().name());
        setIfChanged(scope, DOMAIN, facts.domain());
        setIfChanged(scope, PARTY_TYPE, facts.partyType().name());
        setIfChanged(scope, PARTY_NAME, facts.partyName());
        setIfChanged(scope, AMOUNT, facts.amount().doubleValue());
        setIfChanged(scope, HEARING_HELD, facts.hearingHeld());
        setIfChanged(scope, PUBLIC_INTEREST, facts.publicInterest());
        setIfChanged(scope, SOCIAL_RISK, facts.socialRisk());
        setIfChanged(scope, COMPLEX_CASE, facts.complexCase());
        setIfChanged(scope, SUSPECTED_CRIME, facts.suspectedCrime());
        setIfChanged(scope, OUTSIDE_DISCRETION, facts.outsideDiscretion());
        SpinJsonNode handlers = Spin.JSON("[]");
        facts.handlers().forEach(handlers::append);
        setIfChanged(scope, HANDLERS, SpinValues.jsonValue(handlers).create());
    }

    /**
     * Sets the variable unless it exists with an equal value of the same type: with history {@code full} each
     * write is an update of the variable and its history and a new history detail, even when nothing changed.
     */
    public static void setIfChanged(VariableScope scope, String name, Object value) {
        if (!same(scope, name, value instanceof TypedValue typed ? typed.getValue() : value)) {
            scope.setVariable(name, value);
        }
    }

    private static boolean same(VariableScope scope, String name, Object value) {
        Object current = scope.getVariable(name);
        if (current == null || value == null) {
            return current == null && value == null && scope.hasVariable(name);
        }
        if (current instanceof SpinJsonNode json && value instanceof SpinJsonNode other) {
            return json.toString().equals(other.toString());
        }
        return current.getClass() == value.getClass() && current.equals(value);
    }

    /** the case summary every form shows read-only; people by their names (姓名) */
    public static String summary(String caseNumber, CaseFacts facts, ReviewLevel level, String basis, Function<String, String> name) {
        List<String> flags = new ArrayList<>();
        if (facts.hearingHeld()) {
            flags.add("已举行听证");
        }
        if (facts.outsideDiscretion()) {
            flags.add("在裁量基准外减轻或从重");
        }
        if (facts.publicInterest()) {
            flags.add("涉及重大公共利益");
        }
        if (facts.socialRisk()) {
            flags.add("可能造成重大社会影响或引发社会风险");
        }
        if (facts.complexCase()) {
            flags.add("案情疑难复杂");
        }
        if (facts.suspectedCrime()) {
            flags.add("涉嫌犯罪");
        }
        StringBuilder text = new StringBuilder()
            .append("案号：").append(caseNumber).append('\n')
            .append("案件名称：").append(facts.caseTitle()).append('\n')
            .append("执法类别：").append(facts.category().label())
            .append("；执法行为：").append(facts.action().label())
            .append("；").append(facts.procedure().label()).append('\n')
            .append("执法层级：").append(facts.tier().label())
            .append("；执法领域：").append(facts.domain()).append('\n')
            .append("当事人：").append(facts.partyName()).append("（").append(facts.partyType().label()).append("）\n")
            .append("涉案金额：").append(facts.amount().toPlainString()).append(" 元\n")
            .append("承办人：").append(facts.handlers().stream().map(name).collect(Collectors.joining("、")));
        if (!flags.isEmpty()) {
            text.append('\n').append("特别情形：").append(String.join("；", flags));
        }
        if (level != null) {
            text.append('\n').append("法制审核：").append(level.label());
            if (basis != null && !basis.isBlank()) {
                text.append("（").append(basis).append("）");
            }
        }
        return text.toString();
    }
}
