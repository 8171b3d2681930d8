package org.sanxiang.record;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.sanxiang.people.Directory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The record's entries in Chinese for the case-file page and the REST API ({@link EntrySummary}): the labels read
 * once from the deployed forms, processes and decisions and the modules' {@link RecordVocabulary}, people by name
 * ({@link Directory}), times in {@code sanxiang.time-zone}.
 */
@Component
public class RecordSummaries {

    private final ObjectProvider<RecordVocabulary> vocabularies;
    private final Directory directory;
    private final ZoneId zone;
    private volatile RecordLabels labels;

    RecordSummaries(ObjectProvider<RecordVocabulary> vocabularies, Directory directory, @Value("${sanxiang.time-zone}") String zone) {
        this.vocabularies = vocabularies;
        this.directory = directory;
        this.zone = ZoneId.of(zone);
    }

    /** a reader of one request's entries: each person's name looked up once, with the names given (or the directory's) */
    public Function<RecordEntry, EntrySummary> reader(Function<String, String> names) {
        Map<String, String> known = new HashMap<>();
        Function<String, String> name = id -> known.computeIfAbsent(id, names);
        EntryText text = new EntryText(labels(), name, zone);
        return text::of;
    }

    public Function<RecordEntry, EntrySummary> reader() {
        return reader(directory::displayName);
    }

    private RecordLabels labels() {
        RecordLabels read = labels;
        if (read == null) {
            read = RecordLabels.fromClasspath(vocabularies.orderedStream().toList());
            labels = read;
        }
        return read;
    }
}
