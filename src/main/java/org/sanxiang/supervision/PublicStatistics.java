package org.sanxiang.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanxiang.refusal.NotFoundException;
import org.springframework.stereotype.Component;

/** The public view of a year's statistics: the newest published version and the published versions' history, without who did what. */
@Component
class PublicStatistics {

    private final StatisticsVersions versions;

    PublicStatistics(StatisticsVersions versions) {
        this.versions = versions;
    }

    Map<String, Object> of(int year) {
        StatisticsVersions.Version published = versions.published(year)
            .orElseThrow(() -> new NotFoundException(year + " 年度行政执法数据尚未公开。"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", year);
        body.put("version", published.version());
        body.put("publishedAt", published.publishedAt());
        body.put("correctionReason", published.correctionReason());
        body.put("statistics", versions.content(published));
        List<Map<String, Object>> history = new ArrayList<>();
        for (StatisticsVersions.Version v : versions.all(year)) {
            if (v.status() == StatisticsVersions.Status.PUBLISHED) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("version", v.version());
                entry.put("publishedAt", v.publishedAt());
                entry.put("correctionReason", v.correctionReason());
                history.add(entry);
            }
        }
        body.put("versions", history);
        return body;
    }

    /** the statistics as CSV rows: 项目, 指标, 数值 */
    @SuppressWarnings("unchecked")
    static String csv(Map<String, Object> published) {
        Map<String, Object> statistics = (Map<String, Object>) published.get("statistics");
        StringBuilder csv = new StringBuilder("项目,指标,数值\r\n");
        line(csv, "年度", "统计年度", published.get("year"));
        line(csv, "年度", "版本", published.get("version"));
        for (Map<String, Object> row : (List<Map<String, Object>>) statistics.get("categories")) {
            line(csv, row.get("label"), "案件数", row.get("cases"));
            for (Map<String, Object> action : (List<Map<String, Object>>) row.get("byAction")) {
                line(csv, row.get("label"), action.get("label"), action.get("cases"));
            }
            if (row.containsKey("confiscatedAndFined")) {
                line(csv, row.get("label"), "罚没金额（元）", row.get("confiscatedAndFined"));
            }
        }
        Map<String, Object> reviews = (Map<String, Object>) statistics.get("reviews");
        line(csv, "法制审核", "审核件数", reviews.get("total"));
        for (Map<String, Object> level : (List<Map<String, Object>>) reviews.get("byLevel")) {
            for (Map<String, Object> outcome : (List<Map<String, Object>>) level.get("outcomes")) {
                line(csv, "法制审核", level.get("label") + "：" + outcome.get("label"), outcome.get("reviews"));
            }
        }
        line(csv, "法制审核", "平均审核用时（工作日）", reviews.get("averageWorkingDays"));
        deadlines(csv, "公示", (Map<String, Object>) statistics.get("disclosures"), "按期公示", "逾期公示", "逾期未公示");
        deadlines(csv, "音像记录", (Map<String, Object>) statistics.get("recordings"), "按时存储", "逾期存储", "缺失");
        return csv.toString();
    }

    private static void deadlines(StringBuilder csv, String item, Map<String, Object> counts, String onTime, String late, String overdue) {
        line(csv, item, onTime, counts.get("onTime"));
        line(csv, item, late, counts.get("late"));
        line(csv, item, overdue, counts.get("overdue"));
    }

    private static void line(StringBuilder csv, Object item, Object figure, Object value) {
        csv.append(cell(item)).append(',').append(cell(figure)).append(',').append(cell(value)).append("\r\n");
    }

    private static String cell(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        if (text.startsWith("=") || text.startsWith("+") || text.startsWith("-") || text.startsWith("@")) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
