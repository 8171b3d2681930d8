package org.sanxiang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Search benchmark on MariaDB (run on purpose, never by {@code mvn verify}):
 * {@code mvn test -Dtest=SearchBenchmark -Dbench.size=1000000}. Fills a fresh database
 * {@code sanxiang_bench} on 127.0.0.1:3306 (root, or -Dbench.url/-Dbench.user/-Dbench.password)
 * with published decisions, indexed by {@link SearchIndex}, then runs keyword searches of several
 * kinds through {@link PublishedDecisions} and prints p50/p95/max, overall and per kind.
 * {@code -Dbench.reuse=true} searches the database an earlier run filled.
 */
@EnabledIfSystemProperty(named = "bench.size", matches = "\\d+")
class SearchBenchmark {

    static final String[] PLACES = {"芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区", "浏阳市", "宁乡市", "长沙县", "湘潭县", "韶山市", "株洲县",
        "醴陵市", "攸县", "茶陵县", "炎陵县", "衡东县", "祁东县", "耒阳市", "常宁市"};
    static final String[] TRADES = {"食品", "药品", "建材", "餐饮", "超市", "加油站", "物流", "化工", "印刷", "网吧", "宾馆", "美容", "诊所", "汽修",
        "农资", "烟花", "眼镜", "母婴", "家具", "电器", "服装", "五金", "酒类", "茶叶", "粮油"};
    static final String[] WRONGS = {"销售过期食品", "无证经营", "超标排放", "虚假广告", "未按规定公示", "使用不合格计量器具", "违规储存危险化学品",
        "未取得许可擅自经营", "销售不合格产品", "价格违法", "未落实消防安全责任", "擅自改变用途", "非法占用道路", "噪声扰民", "违规倾倒垃圾"};
    static final String[] CATEGORIES = {"PENALTY", "PENALTY", "PENALTY", "LICENSING", "COERCION", "INSPECTION"};

    @Test
    void searchP95() throws Exception {
        int size = Integer.parseInt(System.getProperty("bench.size"));
        String url = System.getProperty("bench.url", "jdbc:mariadb://127.0.0.1:3306/");
        String user = System.getProperty("bench.user", "root");
        String password = System.getProperty("bench.password", "");
        // -Dbench.reuse=true: search a database an earlier run filled with as many decisions
        boolean reuse = Boolean.getBoolean("bench.reuse");
        if (!reuse) {
            try (Connection admin = DriverManager.getConnection(url, user, password); Statement st = admin.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS sanxiang_bench");
                st.execute("CREATE DATABASE sanxiang_bench CHARACTER SET utf8mb4");
            }
        }
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url + "sanxiang_bench", user, password, true);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        if (!reuse) {
            for (String migration : List.of("V30__disclosure.sql", "V68__disclosure_postings.sql")) {
                String schema = new String(getClass().getClassLoader().getResourceAsStream("db/migration/" + migration).readAllBytes(),
                    StandardCharsets.UTF_8);
                for (String sql : schema.replaceAll("(?m)^--.*$", "").split(";")) {
                    if (!sql.isBlank()) {
                        jdbc.execute(sql);
                    }
                }
            }
            long start = System.nanoTime();
            fill(jdbc, size);
            System.out.printf("Filled %d published decisions (%d index rows) in %.0f s%n", size,
                jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_posting", Long.class), (System.nanoTime() - start) / 1e9);
            jdbc.execute("ANALYZE TABLE disclosure, disclosure_posting");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM disclosure", Long.class)).isEqualTo(size);

        PublishedDecisions decisions = new PublishedDecisions(jdbc);
        Random random = new Random(7);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < 420; i++) {
            int kind = i % 7;
            String q = switch (kind) {
                case 0 -> "第" + (1 + random.nextInt(size)) + "号";
                case 1 -> pick(random, TRADES) + "有限公司";
                case 2, 5, 6 -> pick(random, WRONGS);
                case 3 -> pick(random, PLACES) + pick(random, TRADES);
                default -> pick(random, PLACES) + pick(random, TRADES) + "有限公司";
            };
            String category = kind == 5 ? pick(random, CATEGORIES) : null;
            LocalDate from = kind == 5 ? LocalDate.of(2024, 1 + random.nextInt(12), 1) : null;
            LocalDate to = from == null ? null : from.plusMonths(3);
            int page = kind == 6 ? 100 + random.nextInt(100) : 1 + random.nextInt(3);
            String label = switch (kind) {
                case 0 -> "rare (a 文号: 第N号)";
                case 1 -> "common (trade + 有限公司)";
                case 2 -> "all bigrams common (violation, e.g. 未按规定公示)";
                case 3 -> "two common parts (place + trade)";
                case 4 -> "long (place + trade + 有限公司)";
                case 5 -> "violation with category and 3-month date range";
                default -> "violation, deep page (100-199)";
            };
            long t0 = System.nanoTime();
            DecisionPage result = decisions.search(new DecisionSearch(q, null, category, from, to, page, 10));
            double ms = (System.nanoTime() - t0) / 1e6;
            if (i >= 21) {
                times.computeIfAbsent(label, k -> new ArrayList<>()).add(ms);
                all.add(ms);
            }
            if (ms > 200) {
                slow.add(q + "/" + category + "/" + from + "/page " + page + " " + Math.round(ms) + " ms (" + result.total() + ")");
            }
        }
        System.out.printf("Search over %d published decisions (MariaDB): %s%n", size, figures(all));
        times.forEach((label, list) -> System.out.printf("  %-50s %s%n", label, figures(list)));
        slow.stream().limit(10).forEach(s -> System.out.println("  slow: " + s));
        assertThat(all).isNotEmpty();
        ds.destroy();
    }

    private static String figures(List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("%d queries, p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted.length, sorted[sorted.length / 2],
            sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** decisions dated in id order (as they are published), the index written with multi-row inserts */
    private static void fill(JdbcTemplate jdbc, int size) {
        Random random = new Random(42);
        int batch = 1_000;
        for (int from = 1; from <= size; from += batch) {
            List<Object[]> rows = new ArrayList<>();
            StringBuilder postings = new StringBuilder();
            for (int id = from; id < Math.min(size + 1, from + batch); id++) {
                String place = pick(random, PLACES);
                String trade = pick(random, TRADES);
                String title = place + "某某" + trade + "有限公司" + pick(random, WRONGS) + "案";
                String number = "长市监罚〔2025〕第" + id + "号";
                String text = "经查，当事人" + title.substring(0, title.length() - 1) + "，违法所得" + (100 + random.nextInt(90000))
                    + "元。依据相关规定，决定责令改正，并处罚款。当事人王某某对事实无异议。";
                String search = SearchIndex.normalize(title + " " + number + " " + text);
                LocalDate decided = LocalDate.of(2023, 1, 1).plusDays((long) id * 1000 / (size + 1));
                rows.add(new Object[] {id, "BENCH-" + id, "长沙市市场监督管理局", pick(random, CATEGORIES), title, java.sql.Date.valueOf(decided),
                    text, search});
                long key = SearchIndex.sortKey(decided, id);
                for (String term : SearchIndex.grams(search)) {
                    postings.append(postings.isEmpty() ? "" : ",").append("('").append(term).append("',").append(key).append(')');
                }
            }
            jdbc.batchUpdate("INSERT INTO disclosure (id, case_number, agency, category, title, decided_on, status, published_text, "
                + "search_text, version) VALUES (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, 1)", rows);
            jdbc.update("INSERT INTO disclosure_posting (term, sort_key) VALUES " + postings);
        }
    }
}
