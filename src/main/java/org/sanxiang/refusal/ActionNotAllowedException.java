package org.sanxiang.refusal;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A user tried to act where the rules forbid it (not a handler of the case, recused, not in the
 * required group, the review gate closed). Camunda's REST API answers it with 403.
 */
public class ActionNotAllowedException extends AuthorizationException {

    public ActionNotAllowedException(String message) {
        super(message);
    }
}
