package org.sanxiang.enforcement;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.sanxiang.people.ActingUser;
import org.sanxiang.people.Groups;
import org.springframework.stereotype.Component;

/**
 * Who may read a case and its review records (调阅): its own handlers, and the review body,
 * leaders, archivists, disclosure staff and administrators. Other handlers and the catalog
 * administrators may not.
 */
@Component
public class CaseReaders {

    private static final List<String> READERS = List.of(Groups.REVIEWER, Groups.LEADER, Groups.ARCHIVIST,
        Groups.DISCLOSER, Groups.CAMUNDA_ADMIN);

    public boolean mayRead(ActingUser user, EnforcementCase enforcementCase) {
        return enforcementCase.isHandler(user.userId()) || readsAll(user);
    }

    /** whether the user may read every case (not only the cases he or she handles) */
    public boolean readsAll(ActingUser user) {
        return READERS.stream().anyMatch(user::isIn);
    }

    /** refuses (REST: 403) a user who may not read the case */
    public void checkMayRead(ActingUser user, EnforcementCase enforcementCase) {
        if (!mayRead(user, enforcementCase)) {
            throw new AuthorizationException("用户 " + user.userId() + " 不是案件 " + enforcementCase.getCaseNumber()
                + " 的承办人，也不是审核、负责人、档案或公示人员，不能调阅本案。");
        }
    }
}
