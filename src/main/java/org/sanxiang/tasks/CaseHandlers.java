package org.sanxiang.tasks;

/**
 * Whether a person is one of a case's handlers (承办人), for tasks held by the case's handlers and
 * for recusal. Owned here, implemented by the module that keeps the cases.
 */
public interface CaseHandlers {

    boolean isHandler(String caseNumber, String userId);
}
