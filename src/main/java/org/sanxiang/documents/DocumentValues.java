package org.sanxiang.documents;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.PartyType;
import org.sanxiang.enforcement.DecisionDraft;
import org.sanxiang.enforcement.EnforcementCase;
import org.sanxiang.enforcement.ServiceMethod;
import org.sanxiang.people.Directory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The values a document's template reads (the README's section on documents lists them): the agency, the 文号, the
 * party, the facts as investigated, the legal basis, the decision and its amount, the party's rights, dates in the
 * agency's time zone. Read from the case as the application keeps it, its latest draft and the step's variables.
 */
@Component
class DocumentValues {

    /** penalties for which the party may always ask for a hearing (《行政处罚法》第63条) */
    private static final Set<Action> HEARING_ALWAYS = EnumSet.of(Action.QUALIFICATION_DOWNGRADE, Action.LICENSE_REVOCATION, Action.SUSPENSION);
    /** and those from a large amount (较大数额) */
    private static final Set<Action> HEARING_FROM_AMOUNT = EnumSet.of(Action.FINE, Action.CONFISCATION);

    private final DocumentSettings settings;
    private final Directory directory;
    private final String agencyName;
    private final DateTimeFormatter date;

    DocumentValues(DocumentSettings settings, Directory directory, @Value("${sanxiang.agency-name}") String agencyName,
                   @Value("${sanxiang.time-zone:Asia/Shanghai}") String timeZone) {
        this.settings = settings;
        this.directory = directory;
        this.agencyName = agencyName;
        this.date = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of(timeZone));
    }

    /** what every document shows */
    Map<String, Object> common(DocumentKind kind, String number, EnforcementCase c, Instant issuedAt) {
        Map<String, Object> values = new HashMap<>();
        values.put("title", kind.label());
        values.put("agencyName", agencyName);
        values.put("documentNumber", number);
        values.put("caseNumber", c.getCaseNumber());
        values.put("caseTitle", c.getTitle());
        values.put("partyName", c.getPartyName());
        values.put("partyType", PartyType.valueOf(c.getPartyType()).label());
        values.put("issuedOn", date.format(issuedAt));
        values.put("handlers", String.join("、", c.handlerIds().stream().map(directory::displayName).toList()));
        return values;
    }

    /** the notice and the decision: facts, evidence, basis, the penalty and its amount */
    Map<String, Object> decision(DocumentKind kind, String number, EnforcementCase c, DecisionDraft draft, VariableScope step,
                                 Instant issuedAt) {
        Map<String, Object> values = common(kind, number, c, issuedAt);
        Action action = Action.valueOf(draft.getAction());
        values.put("investigation", text(step, INVESTIGATION_SUMMARY));
        values.put("evidence", text(step, EVIDENCE_LIST));
        values.put("evidenceReasoning", draft.getEvidenceReasoning());
        values.put("legalBasis", draft.getLegalBasis());
        values.put("discretion", draft.getDiscretionReasoning());
        values.put("decision", draft.getDecisionDraft());
        values.put("action", action.label());
        values.put("amount", amount(draft.getAmount()));
        values.put("hearing", hearing(action, PartyType.valueOf(c.getPartyType()), draft.getAmount()));
        values.put("partyStatement", text(step, PARTY_STATEMENT));
        values.put("statementAnswer", text(step, STATEMENT_ANSWER));
        values.put("hearingHeld", Boolean.TRUE.equals(step.getVariable(HEARING_HELD)));
        return values;
    }

    /** the receipt: which document was served, how, by whom and when */
    Map<String, Object> receipt(String number, EnforcementCase c, String decisionNumber, VariableScope step, Instant servedAt) {
        Map<String, Object> values = common(DocumentKind.SERVICE_RECEIPT, number, c, servedAt);
        values.put("servedDocument", DocumentKind.PENALTY_DECISION.label());
        values.put("servedNumber", decisionNumber);
        String method = text(step, SERVICE_METHOD);
        values.put("serviceMethod", method == null ? "" : ServiceMethod.valueOf(method).label());
        values.put("serviceNote", text(step, SERVICE_NOTE));
        values.put("servedOn", date.format(servedAt));
        return values;
    }

    /** whether the party may ask for a hearing: the heavier penalties, and fines or confiscations of a large amount */
    boolean hearing(Action action, PartyType party, BigDecimal amount) {
        if (HEARING_ALWAYS.contains(action)) {
            return true;
        }
        BigDecimal threshold = party == PartyType.PERSON ? settings.hearingAmountPerson() : settings.hearingAmountOrganization();
        return HEARING_FROM_AMOUNT.contains(action) && amount != null && amount.compareTo(threshold) >= 0;
    }

    static String amount(BigDecimal amount) {
        return amount == null || amount.signum() == 0 ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String text(VariableScope step, String name) {
        Object value = step.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
