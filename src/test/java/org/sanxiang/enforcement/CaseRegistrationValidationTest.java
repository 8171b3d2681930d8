package org.sanxiang.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.with;

import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/** A case with bad facts is refused with a Chinese message naming the field, and never starts. */
@EngineTest
class CaseRegistrationValidationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    EnforcementCaseRepository repository;

    CaseFixture fixture;

    @BeforeEach
    void init() {
        fixture = new CaseFixture(engine);
    }

    static Stream<Arguments> badFacts() {
        Map<String, Object> withoutTitle = with(facts());
        withoutTitle.remove("caseTitle");
        return Stream.of(
            Arguments.of("unknown category", with(facts(), "category", "TAXATION"), "category", "执法类别无效：“TAXATION”不是可选项"),
            Arguments.of("action of another category", with(facts(), "action", "DEMOLITION"), "action", "属于行政强制，不属于所选执法类别“行政处罚”"),
            Arguments.of("unknown action", with(facts(), "action", "BEHEADING"), "action", "执法行为无效"),
            Arguments.of("negative amount", with(facts(), "amount", -1), "amount", "涉案金额不能为负数"),
            Arguments.of("non-numeric amount", with(facts(), "amount", "五千元"), "amount", "涉案金额应为以元为单位的数字"),
            Arguments.of("fractions of a fen", with(facts(), "amount", "100.005"), "amount", "最多保留两位小数"),
            Arguments.of("missing title", withoutTitle, "caseTitle", "请填写案件名称"),
            Arguments.of("blank party", with(facts(), "partyName", "   "), "partyName", "请填写当事人名称"),
            Arguments.of("missing procedure", with(facts(), "procedure", null), "procedure", "请选择程序类型"),
            Arguments.of("unknown tier", with(facts(), "tier", "NATION"), "tier", "执法层级无效"),
            Arguments.of("flag not a boolean", with(facts(), "hearingHeld", "maybe"), "hearingHeld", "已举行听证应为“是”或“否”"),
            Arguments.of("one handler", with(facts(), "handlers", "handler1"), "handlers", "至少两名执法人员"),
            Arguments.of("unknown handler", with(facts(), "handlers", "handler1,nobody"), "handlers", "“nobody”不是本系统的用户"),
            Arguments.of("reviewer as handler", with(facts(), "handlers", "handler1,reviewer1"), "handlers", "“reviewer1”不是执法人员"),
            Arguments.of("too long title", with(facts(), "caseTitle", "案".repeat(201)), "caseTitle", "案件名称过长"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFacts")
    void badFactsAreRefusedNamingTheFieldAndNoCaseIsRegistered(String what, Map<String, Object> facts, String field, String message) {
        long casesBefore = repository.count();
        long instancesBefore = engine.getRuntimeService().createProcessInstanceQuery().count();

        assertThatThrownBy(() -> fixture.register(facts))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining(message)
            .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo(field));

        assertThat(repository.count()).isEqualTo(casesBefore);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }
}
