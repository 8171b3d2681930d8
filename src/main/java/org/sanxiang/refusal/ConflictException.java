package org.sanxiang.refusal;

/**
 * The request was understood but clashes with the state it would change (e.g. a year's calendar
 * that someone else has just stored): answered 409 with the Chinese message (see {@link ApiErrors}).
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
