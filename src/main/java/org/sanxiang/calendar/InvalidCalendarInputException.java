package org.sanxiang.calendar;

/**
 * A question or a schedule the calendar refuses: a reversed or too long range, a negative number
 * of days, an invalid schedule. The message is in Chinese, names the parameter and says what is
 * accepted; the REST resource returns it with status 400.
 */
public class InvalidCalendarInputException extends IllegalArgumentException {

    public InvalidCalendarInputException(String message) {
        super(message);
    }
}
