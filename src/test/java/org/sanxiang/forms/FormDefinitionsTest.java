package org.sanxiang.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.Category;
import org.sanxiang.catalog.PartyType;
import org.sanxiang.catalog.Procedure;
import org.sanxiang.catalog.ReviewLevel;
import org.sanxiang.catalog.Tier;
import org.sanxiang.deadline.ExtensionDecision;
import org.sanxiang.deadline.SeizureOutcome;
import org.sanxiang.disclosure.DecisionDisclosureProcess;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.sanxiang.enforcement.PenaltyKind;
import org.sanxiang.review.LegalReviewProcess;
import org.sanxiang.review.Material;
import org.sanxiang.review.NegotiationResult;
import org.sanxiang.review.Opinion;
import org.sanxiang.review.Resolution;
import org.sanxiang.review.Response;
import org.sanxiang.review.ReviewCheck;
import org.sanxiang.catalog.ReviewOutcome;

/**
 * The Camunda Forms in {@code forms/} (deployed with the processes, shown by Tasklist): each
 * form exists under its task definition key, is a form the form-js of Camunda 7.24's Tasklist can
 * render, asks for the fields the processes rely on, and offers exactly the codes the Java enums
 * define, with Chinese labels.
 */
class FormDefinitionsTest {

    /** the form-js schema version Camunda 7.24 Tasklist renders (it bundles form-js 1.8) */
    private static final int TASKLIST_SCHEMA_VERSION = 16;

    /** the components of form-js 1.8 that a task form may use */
    private static final Set<String> SUPPORTED_TYPES = Set.of("textfield", "textarea", "number",
            "checkbox", "checklist", "radio", "select", "taglist", "text", "group", "spacer",
            "separator");

    private static final Set<String> OPTION_TYPES = Set.of("select", "radio", "checklist", "taglist");

    /** the start form of {@code enforcement-case}: no case and no summary exist yet */
    private static final String START_FORM = "register-case";

    /** forms of tasks that belong to no case (the annual statistics): no case summary */
    private static final Set<String> NO_CASE_FORMS = Set.of(START_FORM, "approve-statistics");

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** the fields each form must have, in no particular order (caseSummary aside) */
    private static final Map<String, List<FormField>> FORMS = new LinkedHashMap<>();

    static {
        FORMS.put("register-case", List.of(
                required("caseTitle", "textfield"), required("category", "select"),
                required("action", "select"), required("procedure", "radio"),
                required("tier", "select"), required("domain", "textfield"),
                required("partyType", "radio"), required("partyName", "textfield"),
                required("amount", "number"), optional("hearingHeld", "checkbox"),
                optional("publicInterest", "checkbox"), optional("socialRisk", "checkbox"),
                optional("complexCase", "checkbox"), optional("suspectedCrime", "checkbox"),
                optional("outsideDiscretion", "checkbox"), required("handlers", "taglist"),
                required("handlingUnit", "select")));
        FORMS.put("investigate", List.of(
                required("investigationSummary", "textarea"), required("evidenceList", "textarea")));
        FORMS.put("draft-decision", List.of(
                shown("reviewHistory"), shown("opinionToAnswer"), shown("investigationSummary"),
                shown("evidenceList"), shown("partyStatement"), shown("statementAnswer"),
                required("action", "select"), required("amount", "number"),
                optional("penalties", "checklist"), optional("fineAmount", "number"),
                optional("confiscationAmount", "number"),
                required("decisionDraft", "textarea"), required("evidenceReasoning", "textarea"),
                required("legalBasis", "textarea"), required("discretionReasoning", "textarea"),
                optional("outsideDiscretion", "checkbox"), optional("publicInterest", "checkbox"),
                optional("socialRisk", "checkbox"), optional("complexCase", "checkbox"),
                optional("suspectedCrime", "checkbox"), optional("partyMinor", "checkbox"),
                optional("stateSecret", "checkbox"), optional("commercialSecret", "checkbox"),
                optional("personalPrivacy", "checkbox")));
        FORMS.put("notify-party", List.of(
                optional("partyStatement", "textarea"), optional("statementAnswer", "textarea"),
                optional("hearingRequested", "checkbox"), optional("hearingHeld", "checkbox")));
        FORMS.put("leader-decision", List.of(
                shown("reviewLevel", "select"), shown("reviewBasis"),
                shown("reviewOutcome", "select"), shown("reviewHistory"), shown("decisionDraft"),
                shown("draftText"), shown("partyStatement"), shown("statementAnswer"),
                shown("penalties", "checklist"), shown("fineAmount", "number"),
                shown("confiscationAmount", "number"),
                required("leaderDecision", "radio"), required("decisionNumber", "textfield"),
                required("leaderOpinion", "textarea")));
        FORMS.put("serve-decision", List.of(
                required("serviceMethod", "select"), required("serviceNote", "textarea")));
        FORMS.put("execute-decision", List.of(required("executionResult", "textarea")));
        FORMS.put("archive-case", List.of(required("archiveNumber", "textfield")));
        FORMS.put("check-redaction", List.of(
                shown("maskedSpans"), shown("redactedText"), optional("maskMore", "textarea"),
                optional("unmask", "textarea"), optional("unmaskReason", "textarea")));
        FORMS.put("withdraw-disclosure", List.of(shown("withdrawalReason"), required("withdrawalNote", "textarea")));
        FORMS.put("correct-disclosure", List.of(
                shown("correctionReason"), shown("originalText"), required("correctedText", "textarea"),
                required("correctionNote", "textarea")));
        FORMS.put("transfer-judicial", List.of(
                shown("opinionText"), required("transferNote", "textarea")));
        FORMS.put("submit-materials", List.of(
                shown("draftText"), shown("draftChanges"), shown("reviewHistory"), required("materials", "checklist"),
                required("submissionNote", "textarea")));
        FORMS.put("accept-submission", List.of(
                shown("draftText"), shown("draftChanges"),
                shown("materialsSummary"), shown("submissionNote"), shown("reviewHistory"),
                optional("materialsComplete", "checkbox"), required("missingMaterials", "textarea")));
        FORMS.put("supplement-materials", List.of(
                shown("missingMaterials"), shown("reviewHistory"), required("materials", "checklist"),
                required("submissionNote", "textarea")));
        FORMS.put("review-decision", List.of(
                shown("investigationSummary"), shown("evidenceList"), shown("partyStatement"),
                shown("statementAnswer"), shown("draftChanges"),
                shown("decisionDraft"), shown("evidenceReasoning"), shown("legalBasis"),
                shown("discretionReasoning"), shown("materialsSummary"), shown("submissionNote"),
                shown("reviewHistory"), optional("passedChecks", "checklist"),
                required("opinion", "radio"), optional("opinionText", "textarea"),
                optional("referToJudicial", "checkbox"), shown("reviewDeadline", "textfield"),
                optional("requestExtension", "checkbox"), required("extensionReason", "textarea")));
        FORMS.put("answer-opinion", List.of(
                shown("draftText"), shown("opinion", "radio"), shown("passedChecks", "checklist"), shown("opinionText"),
                shown("reviewHistory"), required("response", "radio"),
                required("responseText", "textarea")));
        FORMS.put("negotiate", List.of(
                shown("opinionText"), shown("responseText"), shown("reviewHistory"),
                required("negotiationResult", "radio"), required("negotiationNote", "textarea")));
        FORMS.put("collective-discussion", List.of(
                shown("reviewHistory"), shown("opinionText"), shown("responseText"),
                required("resolution", "radio"), required("minutes", "textarea"),
                required("attendees", "textfield")));
        FORMS.put("approve-extension", List.of(
                shown("reviewDeadline", "textfield"), shown("extensionReason"),
                required("extensionDecision", "radio"), required("extensionOpinion", "textarea")));
        FORMS.put("conclude-seizure", List.of(
                shown("seizureDeadline", "textfield"), required("seizureOutcome", "radio"),
                required("seizureNote", "textarea")));
        FORMS.put("request-seizure-extension", List.of(
                shown("seizureDeadline", "textfield"), required("seizureExtensionReason", "textarea")));
        FORMS.put("approve-seizure-extension", List.of(
                shown("seizureDeadline", "textfield"), shown("seizureExtensionReason"),
                required("seizureExtensionDecision", "radio"),
                required("seizureExtensionOpinion", "textarea")));
        FORMS.put("approve-statistics", List.of(
                shown("statisticsYear", "number"), shown("statisticsVersion", "number"), shown("statisticsSummary"),
                optional("statisticsApproved", "checkbox"), required("approvalNote", "textarea")));
    }

    /** forms of the review and of the decisions around it, which show all earlier rounds */
    private static final List<String> REVIEW_HISTORY_FORMS = List.of("draft-decision",
            "leader-decision", "submit-materials", "accept-submission", "supplement-materials",
            "review-decision", "answer-opinion", "negotiate", "collective-discussion");

    /** the options every choice field must offer: value and Chinese label, in this order */
    private static final Map<String, List<Option>> OPTIONS = new LinkedHashMap<>();

    static {
        OPTIONS.put("category", options(Category.values(), Category::label));
        OPTIONS.put("action", options(Action.values(),
                action -> action.category().label() + " · " + action.label()));
        OPTIONS.put("procedure", options(Procedure.values(), Procedure::label));
        OPTIONS.put("tier", options(Tier.values(), Tier::label));
        OPTIONS.put("partyType", options(PartyType.values(), PartyType::label));
        OPTIONS.put("reviewLevel", options(ReviewLevel.values(), ReviewLevel::label));
        OPTIONS.put("reviewOutcome", options(ReviewOutcome.values(), ReviewOutcome::label));
        OPTIONS.put("penalties", PenaltyKind.OFFERED.stream().map(k -> new Option(k.name(), k.label())).toList());
        // the default of sanxiang.units (application.yaml); HandlingUnitTest checks the two agree
        // the enforcement staff: written into the start form when it is deployed (StartFormDeployer), none in the file
        OPTIONS.put("handlers", List.of());
        OPTIONS.put("handlingUnit", List.of(new Option("执法一大队", "执法一大队"), new Option("执法二大队", "执法二大队"),
                new Option("综合执法科", "综合执法科")));
        OPTIONS.put("materials", options(Material.values(), Material::label));
        OPTIONS.put("passedChecks", options(ReviewCheck.values(), ReviewCheck::label));
        OPTIONS.put("opinion", options(Opinion.values(), Opinion::label));
        OPTIONS.put("response", options(Response.values(), Response::label));
        OPTIONS.put("negotiationResult", options(NegotiationResult.values(), NegotiationResult::label));
        OPTIONS.put("resolution", options(Resolution.values(), Resolution::label));
        OPTIONS.put("leaderDecision", List.of(
                new Option(EnforcementCaseProcess.DECIDE, "作出决定"),
                new Option(EnforcementCaseProcess.RETURN, "退回修改")));
        OPTIONS.put("extensionDecision", options(ExtensionDecision.values(), ExtensionDecision::label));
        OPTIONS.put("seizureExtensionDecision", options(ExtensionDecision.values(), ExtensionDecision::label));
        OPTIONS.put("seizureOutcome", options(SeizureOutcome.values(), SeizureOutcome::label));
        OPTIONS.put("serviceMethod", List.of(
                new Option("DIRECT", "直接送达"), new Option("POSTAL", "邮寄送达"),
                new Option("LEFT", "留置送达"), new Option("ELECTRONIC", "电子送达"),
                new Option("PUBLIC_NOTICE", "公告送达")));
    }

    static Stream<String> formIds() {
        return FORMS.keySet().stream();
    }

    static Stream<String> taskFormIds() {
        return formIds().filter(id -> !NO_CASE_FORMS.contains(id));
    }

    @Test
    void everyListedFormExistsOnTheClasspath() {
        for (String id : FORMS.keySet()) {
            assertThat(getClass().getClassLoader().getResource(resource(id)))
                    .as("forms/%s.form", id).isNotNull();
        }
    }

    @Test
    void everyFormInTheFolderIsAListedForm() throws IOException, URISyntaxException {
        URL start = getClass().getClassLoader().getResource(resource(START_FORM));
        assertThat(start).isNotNull();
        Path folder = Path.of(start.toURI()).getParent();
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> ids = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".form"))
                    .map(name -> name.substring(0, name.length() - ".form".length()))
                    .collect(Collectors.toSet());
            assertThat(ids).containsExactlyInAnyOrderElementsOf(FORMS.keySet());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void theFormIsJsonWithItsFileNameAsId(String id) {
        JsonNode form = load(id);
        assertThat(form.path("id").asText()).isEqualTo(id);
        assertThat(form.path("type").asText()).isEqualTo("default");
        assertThat(form.path("components").isArray()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void theFormTargetsCamundaPlatform7AndTheSchemaVersionOfItsTasklist(String id) {
        JsonNode form = load(id);
        assertThat(form.path("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(form.path("executionPlatformVersion").asText()).isEqualTo("7.24.0");
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(TASKLIST_SCHEMA_VERSION);
        assertThat(form.path("exporter").path("name").asText()).isNotBlank();
        assertThat(form.path("exporter").path("version").asText()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void theFormUsesOnlyComponentsTheTasklistCanRender(String id) {
        for (JsonNode component : components(load(id))) {
            assertThat(component.path("type").asText()).as("%s: %s", id, component.path("id"))
                    .isIn(SUPPORTED_TYPES);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void componentIdsAndKeysAreUniqueWithinTheForm(String id) {
        List<JsonNode> components = components(load(id));
        List<String> componentIds = components.stream().map(c -> c.path("id").asText()).toList();
        assertThat(componentIds).doesNotContain("").doesNotHaveDuplicates();
        assertThat(keys(load(id))).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void theFormHasExactlyItsFieldsWithTheirTypesAndValidation(String id) {
        Map<String, JsonNode> fields = fieldsByKey(load(id));
        Set<String> expectedKeys = new HashSet<>();
        if (!NO_CASE_FORMS.contains(id)) {
            expectedKeys.add(EnforcementCaseProcess.CASE_SUMMARY);
        }
        for (FormField expected : FORMS.get(id)) {
            expectedKeys.add(expected.key());
            JsonNode field = fields.get(expected.key());
            assertThat(field).as("%s has field %s", id, expected.key()).isNotNull();
            assertThat(field.path("type").asText()).as("%s: type of %s", id, expected.key())
                    .isEqualTo(expected.type());
            assertThat(field.path("validate").path("required").asBoolean())
                    .as("%s: %s is required", id, expected.key()).isEqualTo(expected.required());
            assertThat(field.path("readonly").asBoolean())
                    .as("%s: %s is read-only", id, expected.key()).isEqualTo(expected.readonly());
        }
        assertThat(fields.keySet()).as("the fields of %s", id)
                .containsExactlyInAnyOrderElementsOf(expectedKeys);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("taskFormIds")
    void theTaskFormShowsTheCaseSummaryReadOnlyAtTheTop(String id) {
        List<JsonNode> keyed = keyedComponents(load(id));
        assertThat(keyed).isNotEmpty();
        JsonNode first = keyed.get(0);
        assertThat(first.path("key").asText()).isEqualTo(EnforcementCaseProcess.CASE_SUMMARY);
        assertThat(first.path("type").asText()).isEqualTo("textarea");
        assertThat(first.path("readonly").asBoolean()).isTrue();
    }

    @Test
    void theStartFormAsksNoCaseSummaryBecauseNoCaseExistsYet() {
        assertThat(fieldsByKey(load(START_FORM))).doesNotContainKey(EnforcementCaseProcess.CASE_SUMMARY);
    }

    @Test
    void theReviewFormsShowTheReviewHistoryReadOnlyUnderItsHeading() {
        for (String id : REVIEW_HISTORY_FORMS) {
            List<JsonNode> components = components(load(id));
            int index = indexOfKey(components, LegalReviewProcess.REVIEW_HISTORY);
            assertThat(index).as("%s shows reviewHistory", id).isPositive();
            JsonNode history = components.get(index);
            assertThat(history.path("type").asText()).isEqualTo("textarea");
            assertThat(history.path("readonly").asBoolean()).isTrue();
            JsonNode heading = components.get(index - 1);
            assertThat(heading.path("type").asText()).as("%s: heading above reviewHistory", id)
                    .isEqualTo("text");
            assertThat(heading.path("text").asText()).contains("历次审核记录");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void readOnlyFieldsAskNothingOfTheUser(String id) {
        for (JsonNode field : keyedComponents(load(id))) {
            if (field.path("readonly").asBoolean()) {
                assertThat(field.path("validate").path("required").asBoolean())
                        .as("%s: read-only %s is not required", id, field.path("key").asText())
                        .isFalse();
                assertThat(field.has("defaultValue")).isFalse();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void choiceFieldsOfferExactlyTheCodesOfTheJavaEnumsWithTheirChineseLabels(String id) {
        for (JsonNode field : keyedComponents(load(id))) {
            if (!OPTION_TYPES.contains(field.path("type").asText())) {
                continue;
            }
            String key = field.path("key").asText();
            assertThat(OPTIONS).as("%s: the options of %s are known", id, key).containsKey(key);
            assertThat(field.has("valuesKey")).as("%s: %s has no options from variables", id, key).isFalse();
            List<Option> offered = new ArrayList<>();
            field.path("values").forEach(value -> offered.add(
                    new Option(value.path("value").asText(), value.path("label").asText())));
            if (field.has("valuesExpression")) {
                java.util.regex.Matcher option = EXPRESSION_OPTION.matcher(field.path("valuesExpression").asText());
                while (option.find()) {
                    offered.add(new Option(option.group(2), option.group(1)));
                }
            }
            assertThat(offered).as("%s: options of %s", id, key).containsExactlyElementsOf(OPTIONS.get(key));
        }
    }

    private static final Pattern EXPRESSION_OPTION = Pattern.compile("\\{label: \"([^\"]+)\", value: \"([A-Z_]+)\"}");

    @Test
    void theStartFormOffersTheActionsOfTheChosenCategoryOnly() {
        String expression = fieldsByKey(load(START_FORM)).get(EnforcementCaseProcess.ACTION).path("valuesExpression").asText();
        for (Category category : Category.values()) {
            String branch = expression.substring(expression.indexOf("if category = \"" + category.name() + "\""));
            branch = branch.substring(0, branch.indexOf("]") + 1);
            List<String> offered = new ArrayList<>();
            java.util.regex.Matcher option = EXPRESSION_OPTION.matcher(branch);
            while (option.find()) {
                offered.add(option.group(2));
            }
            assertThat(offered).as("actions offered for %s", category).containsExactlyElementsOf(
                    java.util.Arrays.stream(Action.values()).filter(a -> a.category() == category).map(Enum::name).toList());
        }
        assertThat(expression).endsWith("else []");
    }

    @Test
    void everyChoiceOfTheContractIsOfferedOnSomeForm() {
        Set<String> offered = FORMS.keySet().stream()
                .flatMap(id -> keyedComponents(load(id)).stream())
                .filter(field -> OPTION_TYPES.contains(field.path("type").asText()))
                .map(field -> field.path("key").asText())
                .collect(Collectors.toSet());
        assertThat(offered).containsAll(OPTIONS.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void everyKeyIsAVariableNameOfTheProcessConstants(String id) {
        Set<String> names = new HashSet<>();
        names.addAll(stringConstants(EnforcementCaseProcess.class));
        names.addAll(stringConstants(LegalReviewProcess.class));
        names.addAll(stringConstants(DecisionDisclosureProcess.class));
        names.addAll(stringConstants(org.sanxiang.supervision.AnnualReportProcess.class));
        assertThat(keys(load(id))).as("keys of %s", id).isSubsetOf(names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formIds")
    void everyLabelAndTextIsChinese(String id) {
        for (JsonNode component : components(load(id))) {
            String type = component.path("type").asText();
            String what = id + ": " + component.path("id").asText();
            if (component.has("key")) {
                assertThat(component.path("label").asText()).as(what).containsPattern(CHINESE);
            }
            if (type.equals("text")) {
                assertThat(component.path("text").asText()).as(what).containsPattern(CHINESE);
            }
            if (component.has("description")) {
                assertThat(component.path("description").asText()).as(what).containsPattern(CHINESE);
            }
            component.path("values").forEach(value ->
                    assertThat(value.path("label").asText()).as(what).containsPattern(CHINESE));
        }
    }

    @Test
    void penaltiesAreOfferedForPenaltyCasesOnlyAndEachAmountOnlyWhenItsKindIsChosen() {
        Map<String, JsonNode> draft = fieldsByKey(load("draft-decision"));
        assertThat(draft.get(EnforcementCaseProcess.PENALTIES).path("conditional").path("hide").asText())
                .isEqualTo("=if category = \"PENALTY\" then false else true");
        assertThat(draft.get(EnforcementCaseProcess.FINE_AMOUNT).path("conditional").path("hide").asText())
                .contains("list contains(penalties, \"FINE\")");
        assertThat(draft.get(EnforcementCaseProcess.CONFISCATION_AMOUNT).path("conditional").path("hide").asText())
                .contains("list contains(penalties, \"CONFISCATION\")");
    }

    @Test
    void theDecisionNumberIsAskedForOnlyWhenTheLeaderDecides() {
        JsonNode decisionNumber = fieldsByKey(load(EnforcementCaseProcess.TASK_LEADER_DECISION))
                .get(EnforcementCaseProcess.DECISION_NUMBER);
        assertThat(decisionNumber.path("conditional").path("hide").asText())
                .isEqualTo("=if leaderDecision = \"" + EnforcementCaseProcess.DECIDE
                        + "\" then false else true");
    }

    @Test
    void missingMaterialsAreAskedForOnlyWhenTheMaterialsAreIncomplete() {
        JsonNode missing = fieldsByKey(load(LegalReviewProcess.TASK_ACCEPT))
                .get(LegalReviewProcess.MISSING_MATERIALS);
        assertThat(missing.path("conditional").path("hide").asText())
                .isEqualTo("=" + LegalReviewProcess.MATERIALS_COMPLETE + " = true");
    }

    @Test
    void theExtensionIsAskedForWithinTheReviewOncePerPeriodAndThenTheOpinionIsNotAskedFor() {
        Map<String, JsonNode> fields = fieldsByKey(load(LegalReviewProcess.TASK_REVIEW));
        assertThat(fields.get(LegalReviewProcess.REQUEST_EXTENSION).path("conditional").path("hide").asText())
                .isEqualTo("=" + LegalReviewProcess.REVIEW_EXTENDED + " = true or "
                        + LegalReviewProcess.EXTENSION_REQUESTED_BY + " != null");
        assertThat(fields.get(LegalReviewProcess.EXTENSION_REASON).path("conditional").path("hide").asText())
                .isEqualTo("=if " + LegalReviewProcess.REQUEST_EXTENSION + " = true then false else true");
        for (String opinionField : List.of(LegalReviewProcess.OPINION, LegalReviewProcess.OPINION_TEXT,
                LegalReviewProcess.PASSED_CHECKS, LegalReviewProcess.REFER_TO_JUDICIAL)) {
            assertThat(fields.get(opinionField).path("conditional").path("hide").asText()).as(opinionField)
                    .isEqualTo("=" + LegalReviewProcess.REQUEST_EXTENSION + " = true");
        }
    }

    @Test
    void theRegistrationDefaultsToTheGeneralProcedureAndANonNegativeAmountInYuan() {
        Map<String, JsonNode> fields = fieldsByKey(load(START_FORM));
        assertThat(fields.get("procedure").path("defaultValue").asText())
                .isEqualTo(Procedure.GENERAL.name());
        JsonNode amount = fields.get("amount");
        assertThat(amount.path("defaultValue").isNumber()).isTrue();
        assertThat(amount.path("defaultValue").asDouble()).isZero();
        assertThat(amount.path("validate").path("min").asInt(-1)).isZero();
        assertThat(amount.path("decimalDigits").asInt()).isEqualTo(2);
        assertThat(fields.get("caseTitle").path("validate").path("maxLength").asInt()).isEqualTo(200);
    }

    @Test
    void theHandlersAreChosenByNameFromATagListFilledAtDeploymentNotTypedAsUserIds() {
        JsonNode handlers = fieldsByKey(load(START_FORM)).get(EnforcementCaseProcess.HANDLERS);
        assertThat(handlers.path("type").asText()).isEqualTo("taglist");
        assertThat(handlers.path("label").asText()).contains("承办人", "至少两名");
        assertThat(handlers.path("description").asText()).contains("姓名").doesNotContain("handler1", "逗号");
        // StartFormDeployer writes the certified staff into the deployed form; the file offers nobody
        assertThat(handlers.path("values").isArray()).isTrue();
        assertThat(handlers.path("values")).isEmpty();
        assertThat(handlers.has("valuesKey")).isFalse();
        assertThat(handlers.path("validate").has("pattern")).isFalse();
    }

    @Test
    void theReviewChecklistSaysThatATickMeansPassed() {
        JsonNode checks = fieldsByKey(load(LegalReviewProcess.TASK_REVIEW))
                .get(LegalReviewProcess.PASSED_CHECKS);
        assertThat(checks.path("label").asText()).contains("审核通过");
    }

    // --- helpers ---------------------------------------------------------------------------------

    private record FormField(String key, String type, boolean required, boolean readonly) {
    }

    private record Option(String value, String label) {
    }

    private static FormField required(String key, String type) {
        return new FormField(key, type, true, false);
    }

    private static FormField optional(String key, String type) {
        return new FormField(key, type, false, false);
    }

    /** a read-only multi-line text the server maintains */
    private static FormField shown(String key) {
        return shown(key, "textarea");
    }

    private static FormField shown(String key, String type) {
        return new FormField(key, type, false, true);
    }

    private static <E extends Enum<E>> List<Option> options(E[] constants, Function<E, String> label) {
        return Arrays.stream(constants).map(c -> new Option(c.name(), label.apply(c))).toList();
    }

    private static String resource(String id) {
        return "forms/" + id + ".form";
    }

    private static final Map<String, JsonNode> CACHE = new LinkedHashMap<>();

    private static synchronized JsonNode load(String id) {
        return CACHE.computeIfAbsent(id, key -> {
            try (InputStream in = FormDefinitionsTest.class.getClassLoader()
                    .getResourceAsStream(resource(key))) {
                if (in == null) {
                    return fail("missing " + resource(key));
                }
                JsonNode form = JSON.readTree(in);
                if (form == null || !form.isObject()) {
                    return fail(resource(key) + " is not a JSON object");
                }
                return form;
            } catch (IOException e) {
                return fail(resource(key) + " is not valid JSON: " + e.getMessage());
            }
        });
    }

    /** all components, depth first in document order (groups included with their children) */
    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        container.path("components").forEach(component -> {
            all.add(component);
            all.addAll(components(component));
        });
        return all;
    }

    private static List<JsonNode> keyedComponents(JsonNode form) {
        return components(form).stream().filter(c -> c.hasNonNull("key")).toList();
    }

    private static List<String> keys(JsonNode form) {
        return keyedComponents(form).stream().map(c -> c.path("key").asText()).toList();
    }

    private static Map<String, JsonNode> fieldsByKey(JsonNode form) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        keyedComponents(form).forEach(c -> fields.put(c.path("key").asText(), c));
        return fields;
    }

    private static int indexOfKey(List<JsonNode> components, String key) {
        for (int i = 0; i < components.size(); i++) {
            if (key.equals(components.get(i).path("key").asText(null))) {
                return i;
            }
        }
        return -1;
    }

    private static Set<String> stringConstants(Class<?> type) {
        Set<String> values = new HashSet<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers)
                    && Modifier.isFinal(modifiers) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}
