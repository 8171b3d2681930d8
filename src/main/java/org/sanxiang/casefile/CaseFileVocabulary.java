package org.sanxiang.casefile;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.record.RecordVocabulary;
import org.springframework.stereotype.Component;

/** The record's words for the case file's file types (DOCUMENT → 文书), named {@code fileType} in the record's texts. */
@Component
class CaseFileVocabulary implements RecordVocabulary {

    @Override
    public Map<String, Map<String, String>> valueLabels() {
        return Map.of("fileType", Arrays.stream(FileType.values()).collect(Collectors.toMap(FileType::name, FileType::label)));
    }
}
