package org.sanxiang.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one list of what is reachable without logging in, and the writes reserved to administrators. */
class PublicPathsTest {

    @ParameterizedTest(name = "{0} {1} public: {2}")
    @CsvSource({
        "GET, /api/public/decisions, true",
        "HEAD, /api/public/catalog, true",
        "GET, /api/public, true",
        "POST, /api/public/decisions, false",
        "DELETE, /api/public/decisions/1, false",
        "GET, /api/publicity, false",
        "GET, /public/, true",
        "GET, /public, true",
        "GET, /public/decisions/1, true",
        "POST, /public/, false",
        "GET, /publications, false",
        "GET, /public/catalog, true",
        "POST, /public/catalog, false",
        "GET, /publicity, false",
        "GET, /catalog, false",
        "GET, /public/statistics/2026, true",
        "POST, /public/statistics/2026, false",
        "GET, /webjars/echarts/5.3.1/dist/echarts.min.js, true",
        "GET, /webjars/other/1.0/x.js, false",
        "GET, /supervision, false",
        "GET, /api/supervision/summary, false",
        "GET, /actuator/health, true",
        "GET, /actuator/health/liveness, true",
        "GET, /actuator/healthx, false",
        "GET, /actuator/metrics, false",
        "GET, /api/cases/ZF-2026-000001, false",
        "GET, /api/opinions/1/verification, false",
        "GET, /opinions/1/print, false",
        "GET, /engine-rest/task, false",
        "GET, /engine-rest/engine, false",
        "GET, /camunda/app/tasklist/, true",
        "GET, /, true",
        "GET, /error, false",
        "GET, /anything-else, false"
    })
    void onlyTheListedPathsArePublic(String method, String path, boolean expected) {
        assertThat(PublicPaths.isPublic(path, method)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} {1} for administrators only: {2}")
    @CsvSource({
        "PUT, /api/calendar/years/2027, true",
        "POST, /api/calendar, true",
        "DELETE, /api/calendar/years/2027, true",
        "GET, /api/calendar/years/2027, false",
        "GET, /api/calendar, false",
        "PUT, /api/calendarx, false",
        "POST, /api/cases, false"
    })
    void writesToTheCalendarAreForAdministrators(String method, String path, boolean expected) {
        assertThat(AdministratorPaths.requiresAdministrator(path, method)).isEqualTo(expected);
    }
}
