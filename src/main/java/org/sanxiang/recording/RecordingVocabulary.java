package org.sanxiang.recording;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanxiang.record.RecordVocabulary;
import org.springframework.stereotype.Component;

/** The record's words for the activities of {@code recording-requirement} (its input 执法环节: INVESTIGATION → 调查取证). */
@Component
class RecordingVocabulary implements RecordVocabulary {

    @Override
    public Map<String, Map<String, String>> valueLabels() {
        return Map.of("activity", Arrays.stream(RecordingActivity.values())
            .collect(Collectors.toMap(RecordingActivity::name, a -> a.name(null))));
    }
}
