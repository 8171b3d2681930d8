package org.sanxiang.refusal;


import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads text fields of the JSON bodies that the application's own REST resources accept, and
 * refuses a value that is not text, or is too long, with a message naming the field, as
 * {@link Inputs} does for task forms.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** @return the field's text, stripped; null if it is missing, null or blank */
    public static String text(JsonNode body, String field, String label) {
        return text(body, field, label, Integer.MAX_VALUE);
    }

    /**
     * @return the field's text, stripped; null if it is missing, null or blank
     * @throws InvalidInputException if the value is not text or longer than {@code maxLength}
     */
    public static String text(JsonNode body, String field, String label, int maxLength) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InvalidInputException(field, label + "应为文字。");
        }
        String text = value.asText().strip();
        if (text.length() > maxLength) {
            throw new InvalidInputException(field, label + "过长：最多" + maxLength + "个字，实际"
                + text.length() + "个字。");
        }
        return text.isEmpty() ? null : text;
    }
}
