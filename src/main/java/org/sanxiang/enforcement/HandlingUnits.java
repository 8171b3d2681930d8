package org.sanxiang.enforcement;

import static org.sanxiang.enforcement.EnforcementCaseProcess.HANDLING_UNIT;

import java.util.List;
import java.util.Map;

import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.tasks.Inputs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisational units (承办机构) of the agency ({@code sanxiang.units}): a case is registered to
 * one of them; the supervision dashboard filters by them.
 */
@Component
public class HandlingUnits {

    private final List<String> names;

    public HandlingUnits(@Value("${sanxiang.units:}") List<String> names) {
        this.names = names.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
    }

    /** the configured units in their order */
    public List<String> names() {
        return names;
    }

    /** the unit chosen at registration, null when none was given (a case imported without one), refused when unknown */
    String read(Map<String, Object> variables) {
        Inputs in = new Inputs(variables, Map.of(HANDLING_UNIT, "承办机构"));
        String unit = in.optionalText(HANDLING_UNIT, 100);
        if (unit != null && !names.contains(unit)) {
            throw new InvalidInputException(HANDLING_UNIT, "承办机构“" + unit + "”不是本机关的承办机构。可选："
                + String.join("、", names) + "。");
        }
        return unit;
    }
}
