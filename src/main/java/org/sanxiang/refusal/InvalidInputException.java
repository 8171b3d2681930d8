package org.sanxiang.refusal;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input refused, with a message in Chinese that names the field. Being a form-field validation
 * error, Camunda's REST API answers it with 400 and Tasklist shows the message; the transaction
 * rolls back, so nothing about the case changes.
 */
public class InvalidInputException extends FormFieldValidationException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(field, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
