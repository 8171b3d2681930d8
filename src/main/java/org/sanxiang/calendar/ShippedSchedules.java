package org.sanxiang.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The schedules shipped with the application: {@code classpath:calendar/<year>.json}, one file per
 * year, each copied from the State Council's notice (国务院办公厅关于某年部分节假日安排的通知).
 * They are checked by the same rules as a schedule added at run time; a broken file stops the
 * application from starting rather than producing wrong deadlines.
 */
final class ShippedSchedules {

    static final String LOCATION = "classpath*:calendar/*.json";

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ShippedSchedules() {
    }

    /** @return the shipped schedules by year */
    static SortedMap<Integer, YearSchedule> load() {
        SortedMap<Integer, YearSchedule> schedules = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                YearSchedule schedule = read(resource);
                String expectedName = schedule.year() + ".json";
                if (!expectedName.equals(resource.getFilename())) {
                    throw new IllegalStateException("The calendar file " + resource + " holds the year "
                            + schedule.year() + " and must be named " + expectedName);
                }
                List<String> problems = ScheduleValidator.problems(schedule);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("The calendar file " + resource + " is invalid: "
                            + String.join("; ", problems));
                }
                if (schedules.put(schedule.year(), schedule) != null) {
                    throw new IllegalStateException("The year " + schedule.year() + " is shipped twice");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the shipped calendars " + LOCATION, e);
        }
        return Collections.unmodifiableSortedMap(schedules);
    }

    private static YearSchedule read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return JSON.readValue(in, YearSchedule.class);
        }
    }
}
