package org.sanxiang.disclosure;

import static org.sanxiang.disclosure.DecisionDisclosureProcess.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.deadline.DeadlineType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The automatic steps of {@code decision-disclosure} ({@code ${disclosureSteps...}} in the BPMN):
 * redact, record why a decision is not published, publish, withdraw, correct and expire. Each
 * step keeps the hashes of the original and the published text and publishes its event.
 */
@Component("disclosureSteps")
public class DisclosureSteps {

    private final DisclosureRepository disclosures;
    private final DisclosureVersionRepository versions;
    private final SearchIndex index;
    private final DisclosureDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final String agency;

    public DisclosureSteps(DisclosureRepository disclosures, DisclosureVersionRepository versions, SearchIndex index,
                           DisclosureDeadlines deadlines, ApplicationEventPublisher events,
                           @Value("${sanxiang.agency-name}") String agency) {
        this.disclosures = disclosures;
        this.versions = versions;
        this.index = index;
        this.deadlines = deadlines;
        this.events = events;
        this.agency = agency;
    }

    /** the decision is to be published: redacted automatically, its deadline starts (from the decision date) */
    public void redact(DelegateExecution execution) {
        Map<String, Object> v = execution.getVariables();
        Date decided = (Date) v.get(DECISION_DATE);
        Disclosure disclosure = disclosures.findByCaseNumber(execution.getProcessBusinessKey()).orElseGet(() -> new Disclosure(
            execution.getProcessBusinessKey(), execution.getProcessInstanceId(), agency, (String) v.get(CATEGORY),
            (String) v.get(ACTION), (String) v.get("decisionNumber"), LocalDate.ofInstant(decided.toInstant(), WorkingDayCalendar.ZONE)));
        String original = (String) v.get(ORIGINAL_TEXT);
        List<String> persons = "PERSON".equals(v.get("partyType")) && v.get("partyName") != null
            ? List.of((String) v.get("partyName")) : List.of();
        Redaction redaction = Redactor.redact(original, persons);
        disclosure.redacted(redactedTitle((String) v.get("caseTitle"), redaction), original, redaction);
        disclosure = disclosures.save(disclosure);
        execution.setVariable(DISCLOSURE_ID, disclosure.getId());
        showForCheck(execution, redaction);
        Map<?, ?> rule = (Map<?, ?>) v.get(RULE_RESULT);
        deadlines.disclosureStarted(execution, ((Number) rule.get("workingDays")).intValue());
        events.publishEvent(new DecisionRedacted(disclosure.getCaseNumber(), disclosure.getId(), actor(), now(),
            disclosure.getOriginalHash(), disclosure.getPublishedHash(), redaction.spans().size()));
    }

    /** the discloser's changes (check-redaction): mask more, unmask with a reason */
    void adjust(long disclosureId, List<String> maskMore, List<String> unmask, String reason) {
        Disclosure disclosure = disclosures.findById(disclosureId).orElseThrow();
        Redaction current = new Redaction(disclosure.getOriginalText(), disclosure.getPublishedText(), Spans.parse(disclosure.getMaskedSpans()));
        Redaction adjusted = Redactor.adjust(current, maskMore, unmask);
        disclosure.redacted(disclosure.getTitle(), disclosure.getOriginalText(), adjusted);
        List<String> lines = new ArrayList<>();
        if (!maskMore.isEmpty()) {
            lines.add("增加遮盖：" + String.join("、", maskMore));
        }
        if (!unmask.isEmpty()) {
            lines.add("取消遮盖：" + String.join("、", unmask) + "（理由：" + reason + "）");
        }
        String note = String.join("\n", lines);
        disclosure.checked(disclosure.getCheckNote() == null ? note : disclosure.getCheckNote() + "\n" + note);
        disclosures.save(disclosure);
    }

    public void notPublished(DelegateExecution execution) {
        String reason = String.valueOf(((Map<?, ?>) execution.getVariable(RULE_RESULT)).get("reason"));
        Map<String, Object> v = execution.getVariables();
        Date decided = (Date) v.get(DECISION_DATE);
        Disclosure disclosure = new Disclosure(execution.getProcessBusinessKey(), execution.getProcessInstanceId(), agency,
            (String) v.get(CATEGORY), (String) v.get(ACTION), (String) v.get("decisionNumber"),
            LocalDate.ofInstant(decided.toInstant(), WorkingDayCalendar.ZONE));
        disclosure.notPublished(reason);
        disclosures.save(disclosure);
        events.publishEvent(new DecisionNotPublished(execution.getProcessBusinessKey(), actor(), now(), reason));
    }

    public void publish(DelegateExecution execution) {
        Disclosure disclosure = of(execution);
        Instant now = now();
        disclosure.published(now, searchText(disclosure));
        disclosures.save(disclosure);
        versions.save(new DisclosureVersion(disclosure, now, actor(), "首次公示"));
        index.index(disclosure.getId(), disclosure.getDecidedOn(), disclosure.getAgency(), disclosure.getCategory(),
            disclosure.getSearchTextForIndex());
        deadlines.completed(execution, DeadlineType.DISCLOSURE);
        events.publishEvent(new DecisionPublished(disclosure.getCaseNumber(), disclosure.getId(), 1, actor(), now,
            disclosure.getOriginalHash(), disclosure.getPublishedHash(), (String) execution.getVariable(MASK_MORE),
            (String) execution.getVariable(UNMASK), (String) execution.getVariable(UNMASK_REASON)));
    }

    public void withdraw(DelegateExecution execution) {
        Disclosure disclosure = of(execution);
        Instant now = now();
        String note = (String) execution.getVariable(WITHDRAWAL_NOTE);
        String reason = Redactor.redact(note == null ? "" : note, persons(disclosure)).text();
        disclosure.withdrawn(now, reason);
        disclosures.save(disclosure);
        index.remove(disclosure.getId(), disclosure.getDecidedOn());
        deadlines.completed(execution, DeadlineType.DISCLOSURE_WITHDRAWAL);
        events.publishEvent(new DisclosureWithdrawn(disclosure.getCaseNumber(), disclosure.getId(), actor(), now, reason,
            disclosure.getOriginalHash(), disclosure.getPublishedHash()));
    }

    /** a corrected text, redacted like the first (the names masked before stay masked), becomes the next version */
    public void correct(DelegateExecution execution) {
        Disclosure disclosure = of(execution);
        Instant now = now();
        deadlines.completed(execution, DeadlineType.DISCLOSURE_CORRECTION);
        if (disclosure.getStatus() != DisclosureStatus.PUBLISHED) {
            return;
        }
        String corrected = (String) execution.getVariable(CORRECTED_TEXT);
        String note = (String) execution.getVariable(CORRECTION_NOTE);
        Redaction redaction = Redactor.redact(corrected, persons(disclosure));
        disclosure.redacted(disclosure.getTitle(), corrected, redaction);
        disclosure.corrected(now, searchText(disclosure));
        showForCheck(execution, redaction);
        disclosures.save(disclosure);
        versions.save(new DisclosureVersion(disclosure, now, actor(), note));
        index.index(disclosure.getId(), disclosure.getDecidedOn(), disclosure.getAgency(), disclosure.getCategory(),
            disclosure.getSearchTextForIndex());
        events.publishEvent(new DisclosureCorrected(disclosure.getCaseNumber(), disclosure.getId(), disclosure.getVersion(),
            actor(), now, note, disclosure.getOriginalHash(), disclosure.getPublishedHash()));
    }

    public void expire(DelegateExecution execution) {
        Disclosure disclosure = of(execution);
        Instant now = now();
        disclosure.expired(now);
        disclosures.save(disclosure);
        index.remove(disclosure.getId(), disclosure.getDecidedOn());
        events.publishEvent(new DisclosureExpired(disclosure.getCaseNumber(), disclosure.getId(), actor(), now,
            disclosure.getOriginalHash(), disclosure.getPublishedHash()));
    }

    static void showForCheck(DelegateExecution execution, Redaction redaction) {
        execution.setVariable(ORIGINAL_TEXT, redaction.original());
        execution.setVariable(REDACTED_TEXT, redaction.text());
        execution.setVariable(MASKED_SPANS, redaction.marked());
    }

    private static String redactedTitle(String title, Redaction text) {
        Set<String> names = new LinkedHashSet<>();
        text.spans().stream().filter(s -> s.kind() == MaskKind.NAME).forEach(s -> names.add(s.text()));
        return Redactor.redact(title == null ? "" : title, names).text();
    }

    private static List<String> persons(Disclosure disclosure) {
        List<String> names = new ArrayList<>();
        Spans.parse(disclosure.getMaskedSpans()).stream().filter(s -> s.kind() == MaskKind.NAME).forEach(s -> names.add(s.text()));
        return names;
    }

    private static String searchText(Disclosure disclosure) {
        return SearchIndex.searchText(disclosure.getTitle(), disclosure.getDecisionNumber(), disclosure.getPublishedText());
    }

    private Disclosure of(DelegateExecution execution) {
        return disclosures.findById(((Number) execution.getVariable(DISCLOSURE_ID)).longValue()).orElseThrow();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static String actor() {
        Authentication authentication = org.camunda.bpm.engine.impl.context.Context.getCommandContext() == null ? null
            : org.camunda.bpm.engine.impl.context.Context.getCommandContext().getAuthentication();
        return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
    }
}
