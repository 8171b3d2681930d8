package org.sanxiang.record;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.sanxiang.enforcement.CaseReaders;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.EnforcementCase;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Directory;
import org.sanxiang.people.Groups;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * 调阅: who may read a case's record, files and export (its handlers, reviewers, leaders,
 * archivists, disclosure staff, administrators), and the retrieval written to the record: who,
 * when, what and the purpose given. Anyone else is refused without learning whether the case exists.
 */
@Component
public class RecordAccess {

    private static final List<String> ALL_CASES = List.of(Groups.REVIEWER, Groups.LEADER, Groups.ARCHIVIST, Groups.DISCLOSER,
        Groups.CAMUNDA_ADMIN);
    static final int MAX_PURPOSE = 200;

    private final CaseRegister cases;
    private final CaseReaders readers;
    private final Directory directory;
    private final DomainSteps steps;

    RecordAccess(CaseRegister cases, CaseReaders readers, Directory directory, DomainSteps steps) {
        this.cases = cases;
        this.readers = readers;
        this.directory = directory;
        this.steps = steps;
    }

    /** the user may read the case (else 403, or 404 for a missing case to users who may read every case) */
    public ActingUser check(String caseNumber) {
        ActingUser user = directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。"));
        Optional<EnforcementCase> found = caseNumber == null ? Optional.empty() : cases.find(caseNumber);
        if (found.isPresent() && readers.mayRead(user, found.get())) {
            return user;
        }
        if (found.isEmpty() && ALL_CASES.stream().anyMatch(user::isIn)) {
            throw new NotFoundException("案件 " + caseNumber + " 不存在。");
        }
        throw new ActionNotAllowedException("您不是该案件的承办人，也不是审核、负责人、档案、公示人员或管理员，无权调阅该案件。");
    }

    /** only administrators and archivists ask for a checkpoint out of turn */
    public void checkMayIssueCheckpoints() {
        ActingUser user = directory.actingUser().orElseThrow(() -> new ActionNotAllowedException("请先登录。"));
        if (!user.isIn(Groups.CAMUNDA_ADMIN) && !user.isIn(Groups.ARCHIVIST)) {
            throw new ActionNotAllowedException("只有管理员和档案人员可以签发检查点。");
        }
    }

    /** checks access and writes the retrieval to the case's record (call in a transaction) */
    public ActingUser retrieve(String caseNumber, String what, String purpose) {
        ActingUser user = check(caseNumber);
        Map<String, Object> details = new TreeMap<>();
        details.put("what", what);
        if (purpose != null && !purpose.isBlank()) {
            details.put("purpose", purpose.length() > MAX_PURPOSE ? purpose.substring(0, MAX_PURPOSE) : purpose.strip());
        }
        steps.append(caseNumber, RecordKinds.RETRIEVAL, user.userId(), details);
        return user;
    }
}
