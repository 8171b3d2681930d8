package org.sanxiang.refusal;

/**
 * What the caller asked for does not exist, or is not theirs to know of: answered 404 with the
 * Chinese message (see {@link ApiErrors}).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
