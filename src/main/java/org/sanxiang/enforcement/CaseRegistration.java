package org.sanxiang.enforcement;

import static org.sanxiang.enforcement.EnforcementCaseProcess.CASE_NUMBER;
import static org.sanxiang.enforcement.EnforcementCaseProcess.CASE_SUMMARY;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * 立案: when an {@code enforcement-case} starts, its facts are checked (a bad case never starts),
 * a case number is issued unless the caller gave a valid, unused one as business key, and the case
 * is registered in the application's tables.
 */
@Component("caseRegistration")
public class CaseRegistration implements ExecutionListener {

    private static final Pattern CASE_NUMBER_FORMAT = Pattern.compile("[\\p{IsHan}A-Za-z0-9〔〕()（）\\[\\]\\-_/]{1,64}");

    private final CaseFactsValidator validator;
    private final CaseNumbers caseNumbers;
    private final CaseRegister cases;
    private final Directory directory;
    private final HandlingUnits units;

    public CaseRegistration(CaseFactsValidator validator, CaseNumbers caseNumbers, CaseRegister cases, Directory directory,
                            HandlingUnits units) {
        this.validator = validator;
        this.caseNumbers = caseNumbers;
        this.cases = cases;
        this.directory = directory;
        this.units = units;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CaseFacts facts = validator.validate(execution.getVariables());
        String unit = units.read(execution.getVariables());
        String caseNumber = execution.getProcessBusinessKey();
        if (caseNumber == null || caseNumber.isBlank()) {
            caseNumber = caseNumbers.next();
            execution.setProcessBusinessKey(caseNumber);
        } else if (!CASE_NUMBER_FORMAT.matcher(caseNumber).matches()) {
            throw new InvalidInputException("businessKey", "案号格式不正确：只能包含汉字、字母、数字和〔〕()-_/，最长64个字符。");
        } else if (cases.exists(caseNumber)) {
            throw new InvalidInputException("businessKey", "案号“" + caseNumber + "”已被其他案件使用。");
        }
        CaseVariables.write(execution, facts);
        execution.setVariable(CASE_NUMBER, caseNumber);
        execution.setVariable(CASE_SUMMARY, CaseVariables.summary(caseNumber, facts, null, null, directory::displayName));
        String registeredBy = directory.actingUser().map(ActingUser::userId).orElse(null);
        EnforcementCase registered = new EnforcementCase(caseNumber, execution.getProcessInstanceId(), facts, registeredBy,
            ClockUtil.getCurrentTime().toInstant());
        registered.assignUnit(unit);
        cases.save(registered);
    }
}
