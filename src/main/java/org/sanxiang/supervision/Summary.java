package org.sanxiang.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The dashboard's summary: every figure with its items, each item linked to the list of its cases. */
@Component
class Summary {

    private final FigureQueries queries;
    private final FigureLabels labels;

    Summary(FigureQueries queries, FigureLabels labels) {
        this.queries = queries;
        this.labels = labels;
    }

    Map<String, Object> of(Filter filter) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("filter", filter.json());
        body.put("generatedAt", ClockUtil.getCurrentTime().toInstant());
        List<Map<String, Object>> figures = new ArrayList<>();
        FigureQueries.SummaryCounts summed = queries.summaryCounts(filter);
        Map<Figure, Map<String, Long>> counts = summed.figures();
        for (Figure figure : Figure.values()) {
            Map<String, Long> figureCounts = counts.get(figure);
            List<Map<String, Object>> items = new ArrayList<>();
            figureCounts.forEach((key, count) -> {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("key", key);
                item.put("label", labels.label(figure, key));
                item.put("count", count);
                item.put("cases", casesUrl(figure, key, filter));
                items.add(item);
            });
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", figure.name());
            json.put("title", figure.title());
            json.put("items", items);
            figures.add(json);
        }
        body.put("figures", figures);
        body.put("reviewTime", summed.reviewTime());
        body.put("disclosure", rate(counts.get(Figure.DISCLOSURE)));
        body.put("recording", rate(counts.get(Figure.RECORDING)));
        return body;
    }

    /** done on time (MET) among those that are due: done (MET, MISSED) or overdue now; percent, one decimal */
    static Map<String, Object> rate(Map<String, Long> counts) {
        long met = counts.getOrDefault("MET", 0L);
        long missed = counts.getOrDefault("MISSED", 0L);
        long overdue = counts.getOrDefault("OVERDUE", 0L);
        long pending = counts.getOrDefault("OPEN", 0L) + counts.getOrDefault("DUE_SOON", 0L);
        long due = met + missed + overdue;
        Map<String, Object> rate = new LinkedHashMap<>();
        rate.put("onTime", met);
        rate.put("late", missed);
        rate.put("overdue", overdue);
        rate.put("pending", pending);
        rate.put("onTimePercent", due == 0 ? null : Math.round(met * 1000.0 / due) / 10.0);
        return rate;
    }

    static String casesUrl(Figure figure, String key, Filter filter) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/api/supervision/cases")
            .queryParam("figure", figure.name()).queryParam("key", key)
            .queryParam("from", filter.from()).queryParam("to", filter.to());
        if (filter.category() != null) {
            url.queryParam("category", filter.category().name());
        }
        if (filter.unit() != null) {
            url.queryParam("unit", filter.unit());
        }
        return url.encode().build().toUriString();
    }
}
