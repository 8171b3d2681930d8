package org.sanxiang.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InformationRequirement;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The review catalog {@code dmn/major-decision.dmn} on the standalone DMN engine (no Spring, no
 * process engine): every catalog row, the amount thresholds at their boundaries, the
 * {@code MAJOR}/{@code GENERAL}/{@code NONE} levels, and evaluation with missing or null facts.
 */
class MajorDecisionTableTest {

    private static final String RESOURCE = "dmn/major-decision.dmn";
    /** the output of the catalog's catch-all row: "no catalog item"; never part of a basis */
    private static final String NO_ITEM = "无";
    private static final String MAJOR_ITEMS = "majorItems";
    private static final List<String> FLAGS = List.of(
            "hearingHeld", "outsideDiscretion", "publicInterest", "socialRisk", "complexCase", "suspectedCrime");

    private static final String ROW_1_COUNTY = "第1项：对自然人处以5000元以上罚款（县级、乡镇）";
    private static final String ROW_1_CITY = "第1项：对自然人处以10000元以上罚款（市级、省级）";
    private static final String ROW_2_COUNTY = "第2项：对法人或其他组织处以50000元以上罚款（县级、乡镇）";
    private static final String ROW_2_CITY = "第2项：对法人或其他组织处以100000元以上罚款（市级、省级）";
    private static final String ROW_3_PERSON_COUNTY = "第3项：没收自然人违法所得、非法财物价值5000元以上（县级、乡镇）";
    private static final String ROW_3_PERSON_CITY = "第3项：没收自然人违法所得、非法财物价值10000元以上（市级、省级）";
    private static final String ROW_3_ORGANIZATION_COUNTY = "第3项：没收法人或其他组织违法所得、非法财物价值50000元以上（县级、乡镇）";
    private static final String ROW_3_ORGANIZATION_CITY = "第3项：没收法人或其他组织违法所得、非法财物价值100000元以上（市级、省级）";
    private static final String ROW_4 = "第4项：降低资质等级，吊销许可证件、执照或资质";
    private static final String ROW_5 = "第5项：责令停产停业、责令关闭、限制从业";
    private static final String ROW_6 = "第6项：经过听证程序的行政处罚决定";
    private static final String ROW_7 = "第7项：超出裁量基准减轻或者从重处罚";
    private static final String ROW_8 = "第8项：强制拆除";
    private static final String ROW_9 = "第9项：查封、扣押财物价值50000元以上";
    private static final String ROW_10 = "第10项：不予行政许可，撤销或者撤回行政许可";
    private static final String ROW_11 = "第11项：征收补偿决定";
    private static final String ROW_12_PUBLIC_INTEREST = "第12项：涉及重大公共利益";
    private static final String ROW_12_SOCIAL_RISK = "第12项：可能造成重大社会影响或引发社会风险";
    private static final String ROW_12_COMPLEX_CASE = "第12项：案情疑难复杂、涉及多个法律关系";
    private static final String ROW_12_SUSPECTED_CRIME = "第12项：涉嫌违法犯罪需要移送司法机关";

    private static final String GENERAL_BASIS = "其他适用一般程序的行政处罚决定，应当进行法制审核";
    private static final String NONE_BASIS = "不属于重大执法决定法制审核目录清单所列情形，无需法制审核";

    private static DmnEngine engine;
    private static DmnDecision majorDecision;
    private static DmnDecision catalogItems;

    @BeforeAll
    static void parseTheCatalog() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = resource()) {
            List<DmnDecision> decisions = engine.parseDecisions(in);
            for (DmnDecision decision : decisions) {
                if (MajorDecision.DECISION_KEY.equals(decision.getKey())) {
                    majorDecision = decision;
                } else if (MajorDecision.CATALOG_ITEMS_KEY.equals(decision.getKey())) {
                    catalogItems = decision;
                }
            }
        }
        assertThat(majorDecision).as("decision %s", MajorDecision.DECISION_KEY).isNotNull();
        assertThat(catalogItems).as("decision %s", MajorDecision.CATALOG_ITEMS_KEY).isNotNull();
    }

    // ---------------------------------------------------------------- one case per catalog rule row

    static Stream<Arguments> catalogRows() {
        return Stream.of(
                arguments("row 1, person, county", fine(Tier.COUNTY, PartyType.PERSON, 5000), ROW_1_COUNTY),
                arguments("row 1, person, township", fine(Tier.TOWNSHIP, PartyType.PERSON, 8000), ROW_1_COUNTY),
                arguments("row 1, person, city", fine(Tier.CITY, PartyType.PERSON, 10000), ROW_1_CITY),
                arguments("row 1, person, province", fine(Tier.PROVINCE, PartyType.PERSON, 20000), ROW_1_CITY),
                arguments("row 2, organization, county", fine(Tier.COUNTY, PartyType.ORGANIZATION, 50000), ROW_2_COUNTY),
                arguments("row 2, organization, township",
                        fine(Tier.TOWNSHIP, PartyType.ORGANIZATION, 60000), ROW_2_COUNTY),
                arguments("row 2, organization, city", fine(Tier.CITY, PartyType.ORGANIZATION, 100000), ROW_2_CITY),
                arguments("row 2, organization, province",
                        fine(Tier.PROVINCE, PartyType.ORGANIZATION, 300000), ROW_2_CITY),
                arguments("row 3, person, county",
                        confiscation(Tier.COUNTY, PartyType.PERSON, 5000), ROW_3_PERSON_COUNTY),
                arguments("row 3, person, township",
                        confiscation(Tier.TOWNSHIP, PartyType.PERSON, 7000), ROW_3_PERSON_COUNTY),
                arguments("row 3, person, city", confiscation(Tier.CITY, PartyType.PERSON, 10000), ROW_3_PERSON_CITY),
                arguments("row 3, person, province",
                        confiscation(Tier.PROVINCE, PartyType.PERSON, 15000), ROW_3_PERSON_CITY),
                arguments("row 3, organization, county",
                        confiscation(Tier.COUNTY, PartyType.ORGANIZATION, 50000), ROW_3_ORGANIZATION_COUNTY),
                arguments("row 3, organization, township",
                        confiscation(Tier.TOWNSHIP, PartyType.ORGANIZATION, 90000), ROW_3_ORGANIZATION_COUNTY),
                arguments("row 3, organization, city",
                        confiscation(Tier.CITY, PartyType.ORGANIZATION, 100000), ROW_3_ORGANIZATION_CITY),
                arguments("row 3, organization, province",
                        confiscation(Tier.PROVINCE, PartyType.ORGANIZATION, 500000), ROW_3_ORGANIZATION_CITY),
                arguments("row 4, qualification downgrade", decision(Action.QUALIFICATION_DOWNGRADE), ROW_4),
                arguments("row 4, licence revocation", decision(Action.LICENSE_REVOCATION), ROW_4),
                arguments("row 5, suspension", decision(Action.SUSPENSION), ROW_5),
                arguments("row 6, warning after a hearing", decision(Action.WARNING).with("hearingHeld", true), ROW_6),
                arguments("row 7, small fine outside the discretion benchmark",
                        fine(Tier.COUNTY, PartyType.PERSON, 1000).with("outsideDiscretion", true), ROW_7),
                arguments("row 8, demolition", decision(Action.DEMOLITION), ROW_8),
                arguments("row 9, seizure of 50000", decision(Action.SEIZURE).with("amount", 50000), ROW_9),
                arguments("row 10, licence denied", decision(Action.LICENSE_DENIAL), ROW_10),
                arguments("row 10, licence withdrawn", decision(Action.LICENSE_WITHDRAWAL), ROW_10),
                arguments("row 11, compensation decision", decision(Action.COMPENSATION_DECISION), ROW_11),
                arguments("row 12, public interest in an inspection",
                        decision(Action.INSPECTION_RESULT).with("publicInterest", true), ROW_12_PUBLIC_INTEREST),
                arguments("row 12, social risk in a licence grant",
                        decision(Action.LICENSE_GRANT).with("socialRisk", true), ROW_12_SOCIAL_RISK),
                arguments("row 12, complex case in a freeze",
                        decision(Action.FREEZE).with("complexCase", true), ROW_12_COMPLEX_CASE),
                arguments("row 12, suspected crime in a warning",
                        decision(Action.WARNING).with("suspectedCrime", true), ROW_12_SUSPECTED_CRIME));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogRows")
    void eachCatalogRowMatchesAloneAndMakesTheDecisionMajorWithItsItemAsBasis(
            String row, Facts facts, String item) {
        assertThat(matchedItems(facts)).containsExactly(item);

        DmnDecisionResultEntries result = evaluate(facts);
        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo(ReviewLevel.MAJOR.name());
        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(item);
    }

    @Test
    void everyRuleOfTheCatalogTableIsCoveredByARowCase() {
        List<String> covered = catalogRows().map(arguments -> (String) arguments.get()[2]).distinct().toList();
        List<String> ruleOutputs = new ArrayList<>();
        for (Rule rule : catalogTable().getRules()) {
            String output = unquote(rule.getOutputEntries().iterator().next().getTextContent());
            if (!NO_ITEM.equals(output)) {
                ruleOutputs.add(output);
            }
        }
        assertThat(ruleOutputs).hasSize(20).containsExactlyInAnyOrderElementsOf(covered);
    }

    // ---------------------------------------------------------------- amount boundaries

    static Stream<Arguments> thresholds() {
        List<Arguments> thresholds = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            boolean low = tier == Tier.COUNTY || tier == Tier.TOWNSHIP;
            String person = low ? "5000" : "10000";
            String organization = low ? "50000" : "100000";
            thresholds.add(arguments(Action.FINE, PartyType.PERSON, tier, person,
                    low ? ROW_1_COUNTY : ROW_1_CITY, ReviewLevel.GENERAL));
            thresholds.add(arguments(Action.FINE, PartyType.ORGANIZATION, tier, organization,
                    low ? ROW_2_COUNTY : ROW_2_CITY, ReviewLevel.GENERAL));
            thresholds.add(arguments(Action.CONFISCATION, PartyType.PERSON, tier, person,
                    low ? ROW_3_PERSON_COUNTY : ROW_3_PERSON_CITY, ReviewLevel.GENERAL));
            thresholds.add(arguments(Action.CONFISCATION, PartyType.ORGANIZATION, tier, organization,
                    low ? ROW_3_ORGANIZATION_COUNTY : ROW_3_ORGANIZATION_CITY, ReviewLevel.GENERAL));
            for (PartyType party : PartyType.values()) {
                thresholds.add(arguments(Action.SEIZURE, party, tier, "50000", ROW_9, ReviewLevel.NONE));
            }
        }
        return thresholds.stream();
    }

    @ParameterizedTest(name = "{0} on {1} by {2}: {3} is major")
    @MethodSource("thresholds")
    void amountAtTheThresholdIsMajor(
            Action action, PartyType party, Tier tier, String threshold, String item, ReviewLevel below) {
        DmnDecisionResultEntries result =
                evaluate(decision(action).with("partyType", party.name()).with("tier", tier.name())
                        .with("amount", new BigDecimal(threshold).doubleValue()));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo(ReviewLevel.MAJOR.name());
        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(item);
    }

    @ParameterizedTest(name = "{0} on {1} by {2}: {3} - 0.01 is {5}")
    @MethodSource("thresholds")
    void amountOneCentBelowTheThresholdIsNotMajor(
            Action action, PartyType party, Tier tier, String threshold, String item, ReviewLevel below) {
        double amount = new BigDecimal(threshold).subtract(new BigDecimal("0.01")).doubleValue();
        Facts facts = decision(action).with("partyType", party.name()).with("tier", tier.name()).with("amount", amount);

        assertThat(matchedItems(facts)).isEmpty();
        assertThat(evaluate(facts).<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo(below.name());
    }

    @Test
    void fineOfTenThousandByCityOnPersonIsMajor() {
        DmnDecisionResultEntries result = evaluate(fine(Tier.CITY, PartyType.PERSON, 10000));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("MAJOR");
        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(ROW_1_CITY);
    }

    @Test
    void fineOfFiveThousandByCityOnPersonIsOnlyGeneralReview() {
        DmnDecisionResultEntries result = evaluate(fine(Tier.CITY, PartyType.PERSON, 5000));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("GENERAL");
    }

    @ParameterizedTest(name = "amount as {0}")
    @MethodSource("amountsOfFiftyThousandInJavaNumberTypes")
    void amountGivenAsAnyJavaNumberTypeIsComparedByValue(Object amount) {
        DmnDecisionResultEntries result =
                evaluate(decision(Action.FINE).with("partyType", "ORGANIZATION").with("amount", amount));

        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(ROW_2_COUNTY);
    }

    static Stream<Object> amountsOfFiftyThousandInJavaNumberTypes() {
        return Stream.of(50000, 50000L, 50000.0d, new BigDecimal("50000.00"));
    }

    // ---------------------------------------------------------------- several items, GENERAL, NONE

    @Test
    void caseMatchingSeveralItemsHasAllOfThemInCatalogOrderInTheBasis() {
        Facts facts = fine(Tier.PROVINCE, PartyType.ORGANIZATION, 200000)
                .with("hearingHeld", true)
                .with("outsideDiscretion", true)
                .with("publicInterest", true)
                .with("socialRisk", true)
                .with("complexCase", true)
                .with("suspectedCrime", true);

        DmnDecisionResultEntries result = evaluate(facts);

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("MAJOR");
        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(String.join("；",
                ROW_2_CITY, ROW_6, ROW_7, ROW_12_PUBLIC_INTEREST, ROW_12_SOCIAL_RISK, ROW_12_COMPLEX_CASE,
                ROW_12_SUSPECTED_CRIME));
    }

    @Test
    void seizureOfHighValueAfterFlaggedSocialRiskHasBothItemsInTheBasis() {
        DmnDecisionResultEntries result =
                evaluate(decision(Action.SEIZURE).with("amount", 80000).with("socialRisk", true));

        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(ROW_9 + "；" + ROW_12_SOCIAL_RISK);
    }

    @Test
    void warningUnderGeneralProcedureNeedsGeneralReview() {
        DmnDecisionResultEntries result = evaluate(decision(Action.WARNING));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("GENERAL");
        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(GENERAL_BASIS);
    }

    @Test
    void smallFineUnderGeneralProcedureNeedsGeneralReview() {
        DmnDecisionResultEntries result = evaluate(fine(Tier.COUNTY, PartyType.PERSON, 2000));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("GENERAL");
        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(GENERAL_BASIS);
    }

    @Test
    void smallFineUnderSimpleProcedureNeedsNoReview() {
        DmnDecisionResultEntries result =
                evaluate(fine(Tier.TOWNSHIP, PartyType.PERSON, 200).with("procedure", "SIMPLE"));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("NONE");
        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(NONE_BASIS);
    }

    @Test
    void simpleProcedureWarningFlaggedAsSuspectedCrimeIsMajor() {
        DmnDecisionResultEntries result =
                evaluate(decision(Action.WARNING).with("procedure", "SIMPLE").with("suspectedCrime", true));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("MAJOR");
        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(ROW_12_SUSPECTED_CRIME);
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"ORDER_RECTIFY", "FREEZE", "ENFORCEMENT", "EXPROPRIATION_OTHER"})
    void unflaggedNonPenaltyDecisionOutsideTheCatalogNeedsNoReview(Action action) {
        DmnDecisionResultEntries result = evaluate(decision(action).with("amount", 1_000_000));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("NONE");
        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(NONE_BASIS);
    }

    @Test
    void inspectionResultNeedsNoReview() {
        assertThat(evaluate(decision(Action.INSPECTION_RESULT)).<String>getEntry(MajorDecision.REVIEW_LEVEL))
                .isEqualTo("NONE");
    }

    @Test
    void licenseGrantNeedsNoReview() {
        assertThat(evaluate(decision(Action.LICENSE_GRANT)).<String>getEntry(MajorDecision.REVIEW_LEVEL))
                .isEqualTo("NONE");
    }

    // ---------------------------------------------------------------- no item, null and missing facts

    @Test
    void caseMatchingNoItemGetsOnlyTheCatchAllFromTheCatalogTable() {
        DmnDecisionResult items = engine.evaluateDecision(catalogItems, decision(Action.WARNING).variables());

        assertThat(items.<String>collectEntries(MAJOR_ITEMS)).containsExactly(NO_ITEM);
    }

    @Test
    void callerVariableNamedMajorItemsCannotMakeADecisionMajor() {
        DmnDecisionResultEntries result =
                evaluate(decision(Action.WARNING).with(MAJOR_ITEMS, List.of("第5项：伪造的条目")));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("GENERAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hearingHeld", "outsideDiscretion", "publicInterest", "socialRisk", "complexCase",
            "suspectedCrime"})
    void nullFlagCountsAsNotSet(String flag) {
        DmnDecisionResultEntries result = evaluate(fine(Tier.COUNTY, PartyType.PERSON, 1000).with(flag, null));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("GENERAL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hearingHeld", "outsideDiscretion", "publicInterest", "socialRisk", "complexCase",
            "suspectedCrime"})
    void missingFlagCountsAsNotSet(String flag) {
        DmnDecisionResultEntries result = evaluate(fine(Tier.COUNTY, PartyType.PERSON, 1000).without(flag));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("GENERAL");
    }

    @Test
    void otherFlagsStillApplyWhenSomeFlagsAreNullOrMissing() {
        Facts facts = decision(Action.WARNING)
                .with("hearingHeld", null).without("outsideDiscretion").with("publicInterest", null)
                .without("socialRisk").with("complexCase", true).with("suspectedCrime", null);

        DmnDecisionResultEntries result = evaluate(facts);

        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(ROW_12_COMPLEX_CASE);
    }

    @Test
    void fineWithNullAmountIsNotMajor() {
        DmnDecisionResultEntries result = evaluate(decision(Action.FINE).with("amount", null));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("GENERAL");
    }

    @Test
    void seizureWithoutAmountIsNotMajor() {
        DmnDecisionResultEntries result = evaluate(decision(Action.SEIZURE).without("amount"));

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("NONE");
    }

    @Test
    void penaltyWithOnlyCategoryActionAndProcedureGivenNeedsGeneralReview() {
        Facts facts = new Facts()
                .with("category", "PENALTY").with("action", "WARNING").with("procedure", "GENERAL");

        assertThat(evaluate(facts).<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("GENERAL");
    }

    @Test
    void flagAloneWithoutAnyOtherFactIsMajor() {
        DmnDecisionResultEntries result = evaluate(new Facts().with("publicInterest", true));

        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(ROW_12_PUBLIC_INTEREST);
    }

    @Test
    void noFactsAtAllNeedNoReview() {
        DmnDecisionResultEntries result = evaluate(new Facts());

        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL)).isEqualTo("NONE");
        assertThat(result.<String>getEntry(MajorDecision.BASIS)).isEqualTo(NONE_BASIS);
    }

    @Test
    void everyActionUnderAnyProcedureWithMissingNullOrSetFactsGivesExactlyOneResultThatFollowsTheCatalog() {
        List<String> procedures = Arrays.asList("GENERAL", "SIMPLE", null);
        List<Object[]> partyTierAmount = List.of(
                new Object[] {"PERSON", "COUNTY", 49_999.99},
                new Object[] {"ORGANIZATION", "CITY", 1_000_000},
                new Object[] {null, null, null});
        Map<ReviewLevel, Integer> seen = new HashMap<>();
        int evaluations = 0;
        for (Action action : Action.values()) {
            for (String procedure : procedures) {
                for (Object[] pta : partyTierAmount) {
                    for (int flagVariant = 0; flagVariant < 4; flagVariant++) {
                        Facts facts = decision(action).with("procedure", procedure)
                                .with("partyType", pta[0]).with("tier", pta[1]).with("amount", pta[2]);
                        for (String flag : FLAGS) {
                            switch (flagVariant) {
                                case 0 -> facts.without(flag);
                                case 1 -> facts.with(flag, null);
                                case 2 -> facts.with(flag, false);
                                default -> facts.with(flag, flag.equals(FLAGS.get(action.ordinal() % FLAGS.size())));
                            }
                        }
                        List<String> items = matchedItems(facts);
                        ReviewLevel expected = !items.isEmpty() ? ReviewLevel.MAJOR
                                : action.belongsTo(Category.PENALTY) && "GENERAL".equals(procedure)
                                        ? ReviewLevel.GENERAL : ReviewLevel.NONE;

                        DmnDecisionResultEntries result = evaluate(facts);

                        assertThat(result.<String>getEntry(MajorDecision.REVIEW_LEVEL))
                                .as("%s", facts).isEqualTo(expected.name());
                        assertThat(result.<String>getEntry(MajorDecision.BASIS)).as("%s", facts).isEqualTo(
                                switch (expected) {
                                    case MAJOR -> String.join("；", items);
                                    case GENERAL -> GENERAL_BASIS;
                                    case NONE -> NONE_BASIS;
                                });
                        seen.merge(expected, 1, Integer::sum);
                        evaluations++;
                    }
                }
            }
        }
        assertThat(evaluations).isEqualTo(Action.values().length * 3 * 3 * 4);
        assertThat(seen.keySet()).containsExactlyInAnyOrder(ReviewLevel.values());
    }

    // ---------------------------------------------------------------- the model itself

    @Test
    void bothDecisionsAreVersionedAndKeptTenYearsInHistory() throws Exception {
        DmnModelInstance model = model();
        for (String key : List.of(MajorDecision.DECISION_KEY, MajorDecision.CATALOG_ITEMS_KEY)) {
            Decision decision = model.getModelElementById(key);
            assertThat(decision.getVersionTag()).as(key).isNotBlank();
            assertThat(decision.getCamundaHistoryTimeToLiveString()).as(key).isEqualTo("P3650D");
            assertThat(decision.getName()).as(key).isNotBlank();
        }
    }

    @Test
    void majorDecisionRequiresTheCatalogAndTakesItsFirstMatchingRule() throws Exception {
        DmnModelInstance model = model();
        Decision decision = model.getModelElementById(MajorDecision.DECISION_KEY);
        Collection<InformationRequirement> requirements = decision.getInformationRequirements();

        assertThat(requirements).hasSize(1);
        assertThat(requirements.iterator().next().getRequiredDecision().getId())
                .isEqualTo(MajorDecision.CATALOG_ITEMS_KEY);
        assertThat(((DecisionTable) decision.getExpression()).getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(catalogTable().getHitPolicy()).isEqualTo(HitPolicy.COLLECT);
        assertThat(majorDecision.getRequiredDecisions()).containsExactly(catalogItems);
    }

    @Test
    void everyCatalogRuleIsAnnotatedWithItsRowAndTheCatchAllIsTheLastRule() {
        List<Rule> rules = new ArrayList<>(catalogTable().getRules());
        Rule last = rules.remove(rules.size() - 1);

        assertThat(unquote(last.getOutputEntries().iterator().next().getTextContent())).isEqualTo(NO_ITEM);
        assertThat(last.getInputEntries()).allSatisfy(entry -> assertThat(entry.getTextContent()).isBlank());
        for (Rule rule : rules) {
            String output = unquote(rule.getOutputEntries().iterator().next().getTextContent());
            String row = output.substring(0, output.indexOf('：'));
            assertThat(rule.getDescription()).as(output).isNotNull();
            assertThat(rule.getDescription().getTextContent()).as(output).startsWith("目录" + row);
        }
    }

    @Test
    void diagramHasShapesForBothDecisionsAndAnEdgeForTheRequirement() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document;
        try (InputStream in = resource()) {
            document = factory.newDocumentBuilder().parse(in);
        }
        String dmndi = "https://www.omg.org/spec/DMN/20191111/DMNDI/";
        List<String> shapes = new ArrayList<>();
        NodeList shapeNodes = document.getElementsByTagNameNS(dmndi, "DMNShape");
        for (int i = 0; i < shapeNodes.getLength(); i++) {
            shapes.add(((Element) shapeNodes.item(i)).getAttribute("dmnElementRef"));
        }
        NodeList edgeNodes = document.getElementsByTagNameNS(dmndi, "DMNEdge");
        String requirementId = ((Decision) model().getModelElementById(MajorDecision.DECISION_KEY))
                .getInformationRequirements().iterator().next().getAttributeValue("id");

        assertThat(document.getDocumentElement().getNamespaceURI())
                .isEqualTo("https://www.omg.org/spec/DMN/20191111/MODEL/");
        assertThat(shapes).containsExactlyInAnyOrder(MajorDecision.DECISION_KEY, MajorDecision.CATALOG_ITEMS_KEY);
        assertThat(edgeNodes.getLength()).isEqualTo(1);
        assertThat(((Element) edgeNodes.item(0)).getAttribute("dmnElementRef")).isEqualTo(requirementId);
    }

    // ---------------------------------------------------------------- helpers

    /** Evaluates {@code major-decision} and checks that it gave exactly one result with both outputs. */
    private static DmnDecisionResultEntries evaluate(Facts facts) {
        DmnDecisionResult result = engine.evaluateDecision(majorDecision, facts.variables());
        assertThat(result.getResultList()).as("results for %s", facts).hasSize(1);
        DmnDecisionResultEntries entries = result.getSingleResult();
        assertThat(entries.keySet()).as("outputs for %s", facts)
                .containsExactlyInAnyOrder(MajorDecision.REVIEW_LEVEL, MajorDecision.BASIS);
        assertThat(entries.<String>getEntry(MajorDecision.REVIEW_LEVEL)).as("reviewLevel for %s", facts)
                .isIn(ReviewLevel.MAJOR.name(), ReviewLevel.GENERAL.name(), ReviewLevel.NONE.name());
        assertThat(entries.<String>getEntry(MajorDecision.BASIS)).as("basis for %s", facts).isNotBlank();
        return entries;
    }

    /** The catalog items the COLLECT table matches, in table order, without the catch-all. */
    private static List<String> matchedItems(Facts facts) {
        List<String> items = new ArrayList<>(
                engine.evaluateDecision(catalogItems, facts.variables()).<String>collectEntries(MAJOR_ITEMS));
        assertThat(items).as("catalog items for %s", facts).endsWith(NO_ITEM);
        items.remove(items.size() - 1);
        assertThat(items).as("catalog items for %s", facts).doesNotContain(NO_ITEM);
        return items;
    }

    private static DecisionTable catalogTable() {
        Decision decision = model().getModelElementById(MajorDecision.CATALOG_ITEMS_KEY);
        return (DecisionTable) decision.getExpression();
    }

    private static DmnModelInstance model() {
        try (InputStream in = resource()) {
            return Dmn.readModelFromStream(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InputStream resource() {
        InputStream in = MajorDecisionTableTest.class.getClassLoader().getResourceAsStream(RESOURCE);
        assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
        return in;
    }

    private static String unquote(String feelString) {
        String text = feelString.trim();
        assertThat(text).startsWith("\"").endsWith("\"");
        return text.substring(1, text.length() - 1);
    }

    /** A draft decision of the given action under the general procedure, nothing flagged, amount 0. */
    private static Facts decision(Action action) {
        Facts facts = new Facts()
                .with("category", action.category().name())
                .with("action", action.name())
                .with("procedure", Procedure.GENERAL.name())
                .with("partyType", PartyType.PERSON.name())
                .with("tier", Tier.COUNTY.name())
                .with("amount", 0);
        for (String flag : FLAGS) {
            facts.with(flag, false);
        }
        return facts;
    }

    private static Facts fine(Tier tier, PartyType party, double amount) {
        return decision(Action.FINE).with("tier", tier.name()).with("partyType", party.name()).with("amount", amount);
    }

    private static Facts confiscation(Tier tier, PartyType party, double amount) {
        return decision(Action.CONFISCATION).with("tier", tier.name()).with("partyType", party.name())
                .with("amount", amount);
    }

    /** Case facts as process variables; a name may be present with null, or absent. */
    static final class Facts {
        private final Map<String, Object> values = new LinkedHashMap<>();

        Facts with(String name, Object value) {
            values.put(name, value);
            return this;
        }

        Facts without(String name) {
            values.remove(name);
            return this;
        }

        VariableMap variables() {
            VariableMap variables = Variables.createVariables();
            values.forEach(variables::putValue);
            return variables;
        }

        @Override
        public String toString() {
            return values.toString();
        }
    }
}
