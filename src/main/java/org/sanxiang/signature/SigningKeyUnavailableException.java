package org.sanxiang.signature;

/** The signing key cannot be loaded: start-up stops with this message, which says what to configure. */
public class SigningKeyUnavailableException extends IllegalStateException {

    public SigningKeyUnavailableException(String message) {
        super(message);
    }

    public SigningKeyUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
