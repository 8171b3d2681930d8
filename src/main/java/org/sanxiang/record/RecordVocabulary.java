package org.sanxiang.record;

import java.util.Map;

/**
 * Words a module gives the record for the codes of its own steps, so that the case's record reads in Chinese: per
 * field (as it is named in an entry's details or a DMN input), each code and its label, e.g. {@code fileType}:
 * {@code DOCUMENT} → 文书. Labels of form fields and their options come from the deployed forms themselves.
 */
public interface RecordVocabulary {

    Map<String, Map<String, String>> valueLabels();
}
