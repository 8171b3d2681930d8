package org.sanxiang.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.Test;

class FactClassesTest {

    final DmnEngine engine = Replay.engine();
    final DmnDecision shipped = new Replay(engine).decision(Drafts.shipped());

    FactClasses classes(DmnDecision decision) {
        return FactClasses.of(decision, (DefaultDmnEngineConfiguration) engine.getConfiguration(), PastEvaluations.FACTS);
    }

    static Map<String, Object> fine(Object amount) {
        Map<String, Object> facts = new HashMap<>(Map.of("category", "PENALTY", "action", "FINE", "tier", "COUNTY", "partyType", "PERSON"));
        facts.put("amount", amount);
        return facts;
    }

    @Test
    void amountsBetweenTheSameThresholdsAreOneClassAndTheOtherFactsStayAsTheyAre() {
        FactClasses classes = classes(shipped);
        Map<String, Object> first = classes.canonical(fine(6123.45));
        assertThat(classes.canonical(fine(6500.0))).isEqualTo(first);
        assertThat(classes.canonical(fine(6500))).isEqualTo(first);
        assertThat(first).isEqualTo(fine(6123.45));
        assertThat(classes.canonical(fine(4999.99)).get("amount")).isEqualTo(4999.99);
        assertThat(classes.canonical(fine(5000.0)).get("amount")).isEqualTo(6123.45);
        assertThat(classes.canonical(fine(9999.99)).get("amount")).isEqualTo(6123.45);
        assertThat(classes.canonical(fine(10000.0)).get("amount")).isEqualTo(10000.0);
        assertThat(classes.canonical(fine(null)).get("amount")).isNull();
    }

    @Test
    void aThresholdMovedInTheDraftSplitsTheClassAtTheNewThreshold() {
        FactClasses classes = classes(new Replay(engine).decision(Drafts.countyFineThreshold(Drafts.shipped(), 8000)));
        Object below = classes.canonical(fine(6000.0)).get("amount");
        assertThat(classes.canonical(fine(7999.0)).get("amount")).isEqualTo(below);
        assertThat(classes.canonical(fine(8000.0)).get("amount")).isNotEqualTo(below);
    }

    @Test
    void aFactReadByAnOutputEntryIsNeverReplaced() {
        String xml = Drafts.shipped().replace("<text>\"其他适用一般程序的行政处罚决定，应当进行法制审核\"</text>",
            "<text>\"其他适用一般程序的行政处罚决定，应当进行法制审核\" + string(amount)</text>");
        FactClasses classes = classes(new Replay(engine).decision(xml));
        assertThat(classes.canonical(fine(6500.0)).get("amount")).isEqualTo(6500.0);
        assertThat(classes.canonical(fine(6123.45)).get("amount")).isEqualTo(6123.45);
    }
}
