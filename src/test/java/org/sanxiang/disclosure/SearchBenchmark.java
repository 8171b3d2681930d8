package org.sanxiang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.disclosure.BenchDecisions.pick;

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
 * {@code mvn test -Dtest=SearchBenchmark -Dbench.size=1000000}. Searches the database
 * {@code sanxiang_bench_search} on 127.0.0.1:3306 (root, or -Dbench.url/-Dbench.user/-Dbench.password);
 * when it does not hold {@code bench.size} decisions of the current schema it is made afresh and
 * filled by {@link BenchDecisions} (1,000,000 decisions: about 10 minutes), otherwise it is kept, so
 * measuring again costs only the queries ({@code -Dbench.fresh=true} fills it anyway). Runs a mix
 * of the portal's searches through {@link PublishedDecisions} and prints p50/p95/max, overall and
 * per kind.
 */
@EnabledIfSystemProperty(named = "bench.size", matches = "\\d+")
class SearchBenchmark {

    static final String DATABASE = "sanxiang_bench_search";
    static final List<String> MIGRATIONS = List.of("V30__disclosure.sql", "V68__disclosure_postings.sql", "V79__disclosure_agency_index.sql",
        "V81__disclosure_search_filters.sql");
    /** the migrations the fill expects (it drops and builds the posting table's secondary index) */
    static final int FILLED_BY = 2;
    static final int QUERIES = 450;

    @Test
    void searchP95() throws Exception {
        int size = Integer.parseInt(System.getProperty("bench.size"));
        String url = System.getProperty("bench.url", "jdbc:mariadb://127.0.0.1:3306/");
        String user = System.getProperty("bench.user", "root");
        String password = System.getProperty("bench.password", "");
        try (Connection admin = DriverManager.getConnection(url, user, password); Statement st = admin.createStatement()) {
            st.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4");
        }
        SingleConnectionDataSource ds = new SingleConnectionDataSource(url + DATABASE + "?allowLocalInfile=true", user, password, true);
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        if (Boolean.getBoolean("bench.fresh") || !String.valueOf(size).equals(filled(jdbc))) {
            jdbc.execute("DROP DATABASE " + DATABASE);
            jdbc.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4");
            jdbc.execute("USE " + DATABASE);
            jdbc.execute("CREATE TABLE bench_migration (name VARCHAR(200) NOT NULL)");
            migrate(jdbc, MIGRATIONS.subList(0, FILLED_BY));
            long start = System.nanoTime();
            BenchDecisions.fill(jdbc, size);
            System.out.printf("Filled %d published decisions (%d index rows) in %.0f s%n", size,
                jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_posting", Long.class), (System.nanoTime() - start) / 1e9);
            jdbc.execute("ANALYZE TABLE disclosure, disclosure_posting");
            jdbc.execute("CREATE TABLE bench_filled (filled VARCHAR(500) NOT NULL)");
            jdbc.update("INSERT INTO bench_filled VALUES (?)", String.valueOf(size));
        } else {
            System.out.printf("Kept %s: %d published decisions%n", DATABASE, size);
        }
        List<String> applied = jdbc.queryForList("SELECT name FROM bench_migration", String.class);
        List<String> missing = MIGRATIONS.stream().filter(m -> !applied.contains(m)).toList();
        migrate(jdbc, missing);
        if (!missing.isEmpty()) {
            jdbc.execute("ANALYZE TABLE disclosure, disclosure_posting, disclosure_search");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM disclosure", Long.class)).isEqualTo(size);
        measure(new PublishedDecisions(jdbc, new TermFrequencies(jdbc)), size);
        ds.destroy();
    }

    /** the migrations of the tables the search reads, those after FILLED_BY applied to a kept database */
    private void migrate(JdbcTemplate jdbc, List<String> migrations) throws java.io.IOException {
        for (String migration : migrations) {
            long start = System.nanoTime();
            String sql = new String(getClass().getClassLoader().getResourceAsStream("db/migration/" + migration).readAllBytes(),
                StandardCharsets.UTF_8);
            for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
            jdbc.update("INSERT INTO bench_migration VALUES (?)", migration);
            System.out.printf("  applied %s in %.0f s%n", migration, (System.nanoTime() - start) / 1e9);
        }
    }

    /** for a long fill outside Maven: java -cp test-classes:classes:… -Dbench.size=… org.sanxiang.disclosure.SearchBenchmark */
    public static void main(String[] args) throws Exception {
        new SearchBenchmark().searchP95();
    }

    private static String filled(JdbcTemplate jdbc) {
        try {
            return jdbc.queryForObject("SELECT filled FROM " + DATABASE + ".bench_filled", String.class);
        } catch (RuntimeException e) {
            return null;
        }
    }

    static final String[] KINDS = {
        "文号 (第N号)", "文号 in full (长市监罚〔2025〕第N号)", "party name (company)", "rare goods (~1,250 hits)",
        "common word (trade + 有限公司)", "violation (~67,000 hits)", "violation + category + 3 months", "violation + agency",
        "two words (place trade)", "violation, deep page 50-100", "common word, page 101-1000 (past the 1000)",
        "no keyword, category, page 1-3", "no keyword, deep page 50-100", "single character", "goods + 3 months, size 50"};

    private static void measure(PublishedDecisions decisions, int size) {
        Random random = new Random(7);
        Map<String, List<Double>> times = new LinkedHashMap<>();
        List<Double> all = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < QUERIES + 30; i++) {
            int kind = i % KINDS.length;
            BenchDecisions.Decision some = BenchDecisions.decision(1 + random.nextInt(size), size);
            String q = switch (kind) {
                case 0 -> "第" + some.id() + "号";
                case 1 -> some.number();
                case 2 -> some.party();
                case 3, 14 -> pick(random, BenchDecisions.GOODS);
                case 4, 10 -> pick(random, BenchDecisions.TRADES) + "有限公司";
                case 5, 6, 7, 9 -> some.wrong();
                case 8 -> pick(random, BenchDecisions.PLACES) + " " + pick(random, BenchDecisions.TRADES);
                case 13 -> String.valueOf(pick(random, BenchDecisions.BRANDS).charAt(0));
                default -> null;
            };
            String category = kind == 6 || kind == 11 || kind == 12 ? pick(random, BenchDecisions.CATEGORIES) : null;
            String agency = kind == 7 ? pick(random, BenchDecisions.AGENCIES) : null;
            LocalDate from = kind == 6 || kind == 14 ? LocalDate.of(2023, 1, 1).plusDays(random.nextInt(900)) : null;
            LocalDate to = from == null ? null : from.plusMonths(3);
            int page = switch (kind) {
                case 9, 12 -> 50 + random.nextInt(51);
                case 10 -> 101 + random.nextInt(900);
                case 0, 1, 2 -> 1;
                default -> 1 + random.nextInt(3);
            };
            int pageSize = kind == 14 ? 50 : 10;
            long t0 = System.nanoTime();
            DecisionPage result = decisions.search(new DecisionSearch(q, agency, category, from, to, page, pageSize));
            double ms = (System.nanoTime() - t0) / 1e6;
            if (i >= 30) {
                times.computeIfAbsent(KINDS[kind], k -> new ArrayList<>()).add(ms);
                all.add(ms);
            }
            if (ms > 200) {
                slow.add(q + "/" + agency + "/" + category + "/" + from + "/page " + page + " " + Math.round(ms) + " ms (" + result.total()
                    + (result.more() ? "+" : "") + ")");
            }
            if (kind <= 1) {
                assertThat(result.decisions()).as(q).extracting(DecisionSummary::id).contains(some.id());
            }
        }
        System.out.printf("Search over %d published decisions (MariaDB): %s%n", size, figures(all));
        times.forEach((label, list) -> System.out.printf("  %-42s %s%n", label, figures(list)));
        slow.stream().limit(15).forEach(s -> System.out.println("  slow: " + s));
    }

    private static String figures(List<Double> times) {
        double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format("%d queries, p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted.length, sorted[sorted.length / 2],
            sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]);
    }
}
