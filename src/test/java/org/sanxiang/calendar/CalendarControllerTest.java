package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The REST resource {@code /api/calendar} with the real calendar (shipped schedules, added years in
 * memory, today = 2026-11-02): the JSON it answers and every request it refuses with 400.
 */
@WebMvcTest(CalendarController.class)
@Import({CalendarControllerTest.Config.class, CalendarControllerTest.SomeOtherController.class})
class CalendarControllerTest {

    private static final String YEAR_2027 = """
            {"source": "测试数据",
             "holidays": [{"date": "2027-01-01", "name": "元旦"}, {"date": "2027-01-02", "name": "元旦"},
                          {"date": "2027-02-08", "name": "春节"}],
             "adjustedWorkdays": ["2027-02-20"]}
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    RecordingStore store;

    @TestConfiguration
    static class Config {
        @Bean
        RecordingStore recordingStore() {
            return new RecordingStore();
        }

        @Bean
        WorkingDayCalendar workingDayCalendar(RecordingStore store) {
            return TestCalendars.calendar(store, Duration.ZERO, new TestCalendars.MovableClock(LocalDate.of(2026, 11, 2)));
        }
    }

    /** Another controller of the application: its bad input is answered like the calendar's, by the one advice. */
    @RestController
    static class SomeOtherController {
        @GetMapping("/api/other")
        String fail() {
            throw new InvalidInputException("remarks", "备注过长");
        }
    }

    /** Keeps added years in memory with who added them; emptied before each test. */
    static class RecordingStore extends InMemoryCalendarStore {
        final Map<Integer, String> addedBy = new ConcurrentHashMap<>();

        @Override
        public void replace(YearSchedule schedule, String updatedBy) {
            super.replace(schedule, updatedBy);
            if (updatedBy != null) {
                addedBy.put(schedule.year(), updatedBy);
            }
        }
    }

    @BeforeEach
    void emptyTheStore() {
        store.schedules.clear();
        store.addedBy.clear();
    }

    // ---------------------------------------------------------------- answers

    @Test
    void aRangeListsEveryDayWithDateWorkingDayHolidayAndAdjustedWorkday() throws Exception {
        mvc.perform(get("/api/calendar").param("from", "2026-02-13").param("to", "2026-02-16"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("""
                        [{"date": "2026-02-13", "workingDay": true,  "holiday": null, "adjustedWorkday": false, "yearHasData": true},
                         {"date": "2026-02-14", "workingDay": true,  "holiday": null, "adjustedWorkday": true,  "yearHasData": true},
                         {"date": "2026-02-15", "workingDay": false, "holiday": "春节", "adjustedWorkday": false, "yearHasData": true},
                         {"date": "2026-02-16", "workingDay": false, "holiday": "春节", "adjustedWorkday": false, "yearHasData": true}]
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void theDaysOfAYearWithoutScheduleAreFlagged() throws Exception {
        mvc.perform(get("/api/calendar").param("from", "2026-12-31").param("to", "2027-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].yearHasData").value(true))
                .andExpect(jsonPath("$[1].date").value("2027-01-01"))
                .andExpect(jsonPath("$[1].workingDay").value(true))
                .andExpect(jsonPath("$[1].yearHasData").value(false));
    }

    @Test
    void addWorkingDaysAnswersTheDayAndTheYearsWithoutSchedule() throws Exception {
        mvc.perform(get("/api/calendar/add-working-days").param("from", "2026-02-13").param("days", "7"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"from": "2026-02-13", "days": 7, "date": "2026-03-02", "yearsWithoutData": []}
                        """, JsonCompareMode.STRICT));
        mvc.perform(get("/api/calendar/add-working-days").param("from", "2026-12-30").param("days", "2"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"from": "2026-12-30", "days": 2, "date": "2027-01-01", "yearsWithoutData": [2027]}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void zeroWorkingDaysAnswerTheStartDay() throws Exception {
        mvc.perform(get("/api/calendar/add-working-days").param("from", "2026-02-15").param("days", "0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2026-02-15"));
    }

    @Test
    void theYearsListShippedAddedAndMissingYears() throws Exception {
        mvc.perform(get("/api/calendar/years"))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"years": [2025, 2026], "shipped": [2025, 2026], "added": [], "missing": [2027]}
                        """, JsonCompareMode.STRICT));
    }

    @Test
    void aYearPutIsStoredWithItsAuthorAndAnsweredFromThenOn() throws Exception {
        mvc.perform(put("/api/calendar/years/2027").principal(() -> "admin")
                        .contentType(MediaType.APPLICATION_JSON).content(YEAR_2027))
                .andExpect(status().isOk())
                .andExpect(content().json("""
                        {"year": 2027, "source": "测试数据",
                         "holidays": [{"date": "2027-01-01", "name": "元旦"}, {"date": "2027-01-02", "name": "元旦"},
                                      {"date": "2027-02-08", "name": "春节"}],
                         "adjustedWorkdays": ["2027-02-20"]}
                        """, JsonCompareMode.STRICT));

        assertThat(store.addedBy).containsEntry(2027, "admin");
        mvc.perform(get("/api/calendar/years"))
                .andExpect(content().json("""
                        {"years": [2025, 2026, 2027], "shipped": [2025, 2026], "added": [2027], "missing": []}
                        """, JsonCompareMode.STRICT));
        mvc.perform(get("/api/calendar").param("from", "2027-02-08").param("to", "2027-02-08"))
                .andExpect(jsonPath("$[0].holiday").value("春节"))
                .andExpect(jsonPath("$[0].workingDay").value(false))
                .andExpect(jsonPath("$[0].yearHasData").value(true));
        mvc.perform(get("/api/calendar/years/2027"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.holidays.length()").value(3));
    }

    @Test
    void aYearPutMayRepeatTheYearOfThePath() throws Exception {
        mvc.perform(put("/api/calendar/years/2027").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\": 2027, \"holidays\": [{\"date\": \"2027-01-01\", \"name\": \"元旦\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adjustedWorkdays").isEmpty());
    }

    @Test
    void aShippedYearIsAnsweredWithItsSchedule() throws Exception {
        mvc.perform(get("/api/calendar/years/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.holidays.length()").value(33))
                .andExpect(jsonPath("$.adjustedWorkdays.length()").value(6));
    }

    @Test
    void aYearWithoutScheduleIsNotFound() throws Exception {
        mvc.perform(get("/api/calendar/years/2030"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value(containsString("2030 年尚无节假日安排")));
    }

    // ---------------------------------------------------------------- refused requests

    @ParameterizedTest(name = "GET {0} -> 400")
    @CsvSource(delimiter = '|', textBlock = """
            /api/calendar?from=2026-13-01&to=2026-12-31                 | 参数 from 的值 "2026-13-01" 不是有效日期，格式为 YYYY-MM-DD
            /api/calendar?from=2026-02-30&to=2026-12-31                 | 参数 from 的值 "2026-02-30" 不是有效日期
            /api/calendar?from=20260201&to=2026-12-31                   | 参数 from 的值 "20260201" 不是有效日期
            /api/calendar?from=2026-01-01&to=tomorrow                   | 参数 to 的值 "tomorrow" 不是有效日期，格式为 YYYY-MM-DD
            /api/calendar?to=2026-12-31                                 | 缺少参数 from，格式为 YYYY-MM-DD
            /api/calendar?from=2026-01-01                               | 缺少参数 to，格式为 YYYY-MM-DD
            /api/calendar?from=&to=2026-12-31                           | 缺少参数 from
            /api/calendar?from=2026-02-16&to=2026-02-13                 | 参数 to（2026-02-13）不能早于参数 from（2026-02-16）
            /api/calendar?from=2025-01-01&to=2028-01-01                 | 查询范围不能超过 3 年：参数 from 为 2025-01-01 时，参数 to 最晚为 2027-12-31
            /api/calendar/add-working-days?from=2026-02-13&days=-1      | 参数 days 必须是 0 到 1000 之间的整数（工作日数），收到 -1
            /api/calendar/add-working-days?from=2026-02-13&days=1001    | 参数 days 必须是 0 到 1000 之间的整数
            /api/calendar/add-working-days?from=2026-02-13&days=seven   | 参数 days 的值 "seven" 不是整数
            /api/calendar/add-working-days?from=2026-02-13&days=1.5     | 参数 days 的值 "1.5" 不是整数
            /api/calendar/add-working-days?from=2026-02-13&days=99999999999 | 参数 days 的值 "99999999999" 不是整数
            /api/calendar/add-working-days?from=2026-02-13              | 缺少参数 days
            /api/calendar/add-working-days?days=3                       | 缺少参数 from，格式为 YYYY-MM-DD
            /api/calendar/add-working-days?from=2026-2-3&days=3         | 参数 from 的值 "2026-2-3" 不是有效日期
            /api/calendar/years/20x7                                    | 路径中的年份 "20x7" 无效，应为四位数字
            """)
    void aBadQueryIsRefusedWithAClearMessage(String url, String message) throws Exception {
        expectBadRequest(mvc.perform(get(url)), message);
    }

    @ParameterizedTest(name = "PUT {0} {1} -> 400")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            2026 | {"holidays": [{"date": "2026-01-01", "name": "元旦"}]}                          | 2026 年的节假日安排随系统发布
            2025 | {"holidays": [{"date": "2025-01-01", "name": "元旦"}]}                          | 不能覆盖
            2027 | {"holidays": [{"date": "2027-02-30", "name": "春节"}]}                          | holidays[0].date 的值 "2027-02-30" 无效，日期格式为 YYYY-MM-DD
            2027 | {"holidays": [{"date": "2027-01-01", "name": "元旦"}], "adjustedWorkdays": ["next saturday"]} | adjustedWorkdays[0] 的值 "next saturday" 无效
            2027 | {"holidays": [{"date": "2027-01-01", "name": "元旦"}], "adjustedWorkday": ["2027-02-20"]} | 请求体含未知字段 adjustedWorkday
            2027 | {"holidays": [{"date": "2027-01-01", "nam": "元旦"}]}                           | 请求体含未知字段 holidays[0].nam
            2027 | {"holidays": "元旦"}                                                            | holidays 的类型不对
            2027 | [1, 2]                                                                          | 请求体应为 JSON 对象
            2027 | {"holidays": [                                                                  | 请求体缺失或不是有效的 JSON
            2027 | {"holidays": []}                                                                | holidays 不能为空
            2027 | {"holidays": [{"date": "2027-01-01", "name": "元旦"}], "adjustedWorkdays": ["2027-02-08"]} | adjustedWorkdays[0] 2027-02-08 是星期一，调休上班日必须是星期六或星期日
            2027 | {"holidays": [{"date": "2027-01-02", "name": "元旦"}], "adjustedWorkdays": ["2027-01-02"]} | 2027-01-02 同时是放假日：一天不能既放假又上班
            2027 | {"holidays": [{"date": "2028-01-01", "name": "元旦"}]}                          | holidays[0].date 2028-01-01 不在 2027 年内
            2027 | {"holidays": [{"date": "2027-01-01"}]}                                          | holidays[0].name 不能为空
            2027 | {"year": 2028, "holidays": [{"date": "2027-01-01", "name": "元旦"}]}            | 请求体中的 year（2028）与路径中的年份（2027）不一致
            1999 | {"holidays": [{"date": "1999-01-01", "name": "元旦"}]}                          | year 必须是 2000 到 2100 之间的年份
            """)
    void aBadScheduleIsRefusedWithAClearMessage(String year, String body, String message) throws Exception {
        expectBadRequest(mvc.perform(put("/api/calendar/years/" + year)
                .contentType(MediaType.APPLICATION_JSON).content(body)), message);
        assertThat(store.schedules).isEmpty();
    }

    @Test
    void aRefusalNamesTheParameterOrFieldAtFault() throws Exception {
        mvc.perform(get("/api/calendar").param("from", "2026-13-01").param("to", "2026-12-31"))
                .andExpect(jsonPath("$.field").value("from"));
        mvc.perform(get("/api/calendar/add-working-days").param("from", "2026-02-13"))
                .andExpect(jsonPath("$.field").value("days"));
        mvc.perform(get("/api/calendar/years/20x7"))
                .andExpect(jsonPath("$.field").value("year"));
        mvc.perform(put("/api/calendar/years/2027").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"holidays\": [{\"date\": \"2027-02-30\", \"name\": \"春节\"}]}"))
                .andExpect(jsonPath("$.field").value("holidays[0].date"));
    }

    @Test
    void anEmptyBodyIsRefused() throws Exception {
        expectBadRequest(mvc.perform(put("/api/calendar/years/2027").contentType(MediaType.APPLICATION_JSON)),
                "请求体缺失或不是有效的 JSON");
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsUnsupported() throws Exception {
        mvc.perform(put("/api/calendar/years/2027").contentType(MediaType.TEXT_PLAIN).content("元旦 2027-01-01"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.error").value(containsString("Content-Type: application/json")));
    }

    @Test
    void anotherControllersBadInputIsAnsweredLikeTheCalendars() throws Exception {
        mvc.perform(get("/api/other"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{\"error\": \"备注过长\", \"field\": \"remarks\"}", JsonCompareMode.STRICT));
    }

    /** 400 with the Chinese reason in {@code error} and, where one field is at fault, that field in {@code field} */
    private static void expectBadRequest(ResultActions result, String message) throws Exception {
        String body = result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.error").value(containsString(message)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(new ObjectMapper().readTree(body).fieldNames()).toIterable().isSubsetOf("error", "field");
    }
}
