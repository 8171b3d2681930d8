package org.sanxiang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The public search is exact: for hundreds of keywords (single characters, words of two to six
 * characters, two words, 文号, words found nowhere) with agency, category, date range and pages, it
 * returns exactly the published decisions whose searchable text holds every word, newest first,
 * as a scan of every published decision finds them; counting stops at {@link PublishedDecisions#MAX_COUNT}
 * ("共 1000 条以上", the newest 1000 listed, a page beyond them empty); a decision published through
 * one node is found at once by a search through another node's own connections to the database.
 */
@EngineTest
class PublicSearchTest {

    static final long FIRST = 5_000_000;
    static final int DECISIONS = 240;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SearchIndex index;
    @Autowired
    PublishedDecisions published;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    WebApplicationContext web;

    record Row(long id, String agency, String category, LocalDate decidedOn, String search) {
    }

    @BeforeEach
    void decisions() {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM disclosure WHERE id = ?", Long.class, FIRST + 1) > 0) {
            return;
        }
        for (int i = 1; i <= DECISIONS; i++) {
            BenchDecisions.Decision d = BenchDecisions.decision(i, DECISIONS);
            // a few share a day, so the id orders them
            publish(FIRST + i, d.agency(), d.category(), d.decidedOn().minusDays(i % 3), d.title(), d.number(), d.published());
        }
    }

    void publish(long id, String agency, String category, LocalDate decidedOn, String title, String number, String text) {
        String search = SearchIndex.searchText(title, number, text);
        jdbc.update("INSERT INTO disclosure (id, case_number, agency, category, decision_number, title, decided_on, status, published_text, "
            + "search_text, version) VALUES (?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, 1)", id, "SEARCH-" + id, agency, category, number, title,
            java.sql.Date.valueOf(decidedOn), text, search);
        index.index(id, decidedOn, agency, category, search);
    }

    List<Row> rows() {
        return jdbc.query("SELECT id, agency, category, decided_on, search_text FROM disclosure WHERE status = 'PUBLISHED'",
            (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5)));
    }

    /** the ids a scan of every published decision finds, newest first */
    static List<Long> expected(List<Row> rows, DecisionSearch s) {
        String[] words = SearchIndex.normalize(s.q()).split(" ");
        return rows.stream()
            .filter(r -> Arrays.stream(words).allMatch(w -> r.search().contains(w)))
            .filter(r -> s.agency() == null || r.agency().equals(s.agency()))
            .filter(r -> s.category() == null || r.category().equals(s.category()))
            .filter(r -> s.from() == null || !r.decidedOn().isBefore(s.from()))
            .filter(r -> s.to() == null || !r.decidedOn().isAfter(s.to()))
            .sorted(Comparator.comparing(Row::decidedOn).thenComparing(Row::id).reversed())
            .map(Row::id).toList();
    }

    void assertExact(List<Row> rows, DecisionSearch search) {
        List<Long> found = expected(rows, search);
        List<Long> all = found.subList(0, Math.min(found.size(), PublishedDecisions.MAX_COUNT));
        DecisionPage page = published.search(search);
        int from = Math.min((search.page() - 1) * search.size(), all.size());
        assertThat(page.decisions()).as(search.toString()).extracting(DecisionSummary::id)
            .containsExactlyElementsOf(all.subList(from, Math.min(from + search.size(), all.size())));
        assertThat(page.total()).as(search.toString()).isEqualTo(all.size());
        assertThat(page.more()).as(search.toString()).isEqualTo(found.size() > PublishedDecisions.MAX_COUNT);
    }

    @Test
    void searchFindsExactlyTheDecisionsHoldingEveryWordNewestFirst() {
        List<Row> rows = rows();
        List<Row> mine = rows.stream().filter(r -> r.id() > FIRST && r.id() <= FIRST + DECISIONS).toList();
        Random random = new Random(11);
        int found = 0;
        for (int i = 0; i < 300; i++) {
            Row some = mine.get(random.nextInt(mine.size()));
            String[] words = some.search().split(" ");
            String word = words[random.nextInt(words.length)];
            int length = Math.min(word.length(), 1 + random.nextInt(i % 5 == 0 ? 2 : 6));
            int start = random.nextInt(word.length() - length + 1);
            String q = word.substring(start, start + length);
            if (i % 7 == 0) {
                String other = words[random.nextInt(words.length)];
                q = q + " " + other.substring(0, Math.min(other.length(), 2));
            }
            if (i % 11 == 0) {
                q = q + "鳄";
            }
            String agency = i % 4 == 1 ? some.agency() : null;
            String category = i % 6 == 2 ? some.category() : null;
            LocalDate from = i % 5 == 3 ? some.decidedOn().minusDays(random.nextInt(200)) : null;
            LocalDate to = i % 5 == 3 ? some.decidedOn().plusDays(random.nextInt(200)) : null;
            DecisionSearch search = new DecisionSearch(q.toUpperCase(), agency, category, from, to, 1 + random.nextInt(3), 1 + random.nextInt(10));
            assertExact(rows, search);
            found += expected(rows, search).isEmpty() ? 0 : 1;
        }
        assertThat(found).isGreaterThan(200);
        for (String q : List.of("长市监罚〔2025〕第17号", "第17号", "第1号", "2025", "有限公司", "没有这个词")) {
            assertExact(rows, new DecisionSearch(q, null, null, null, null, 1, 50));
        }
    }

    @Test
    void countingStopsAtTheCapWithTheNewestListedAndPagesBeyondThemEmpty() throws Exception {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM disclosure WHERE id = ?", Long.class, FIRST + 100_001) == 0) {
            for (int i = 1; i <= PublishedDecisions.MAX_COUNT + 5; i++) {
                publish(FIRST + 100_000 + i, "封顶市市场监督管理局", "PENALTY", LocalDate.of(2020, 1, 1).plusDays(i / 4), "翡翠鸟案", "封字第" + i + "号",
                    "翡翠鸟");
            }
        }
        DecisionPage first = published.search(new DecisionSearch("翡翠鸟", null, null, null, null, 1, 10));
        assertThat(first.total()).isEqualTo(PublishedDecisions.MAX_COUNT);
        assertThat(first.more()).isTrue();
        assertThat(first.pages()).isEqualTo(100);
        assertThat(first.decisions()).extracting(DecisionSummary::id)
            .containsExactly(LongRange.down(FIRST + 100_000 + PublishedDecisions.MAX_COUNT + 5, 10));
        DecisionPage last = published.search(new DecisionSearch("翡翠鸟", null, null, null, null, 100, 10));
        assertThat(last.decisions()).extracting(DecisionSummary::id).containsExactly(LongRange.down(FIRST + 100_000 + 15, 10));
        assertThat(last.beyond()).isFalse();
        DecisionPage beyond = published.search(new DecisionSearch("翡翠鸟", null, null, null, null, 101, 10));
        assertThat(beyond.decisions()).isEmpty();
        assertThat(beyond.beyond()).isTrue();
        // the portal's words for it
        MockMvc portal = MockMvcBuilders.webAppContextSetup(web).build();
        assertThat(page(portal, "/public/?q=翡翠鸟")).contains("共 1000 条以上", "只列出最新的 1000 条，请增加关键词或筛选条件以缩小范围。", "第 1 / 100 页")
            .doesNotContain("没有结果");
        assertThat(page(portal, "/public/?q=翡翠鸟&page=101")).contains("第 101 页没有结果：共 100 页。", "转到最后一页", "page=100")
            .doesNotContain("第 101 / 100 页");
        // the same without a keyword, and with a single character
        assertThat(published.search(new DecisionSearch(null, "封顶市市场监督管理局", null, null, null, 2, 10)).decisions())
            .extracting(DecisionSummary::id).containsExactly(LongRange.down(FIRST + 100_000 + PublishedDecisions.MAX_COUNT - 5, 10));
        assertThat(published.search(new DecisionSearch("翡", "封顶市市场监督管理局", null, null, null, 1, 10)).more()).isTrue();
    }

    @Test
    void anAgencyLongerThanItsTermFindsOnlyItsOwnDecisions() {
        String common = "湖南省长沙市望城区人民政府某某街道办事处综合行政执法大队直属机动";
        String first = common + "第一中队";
        String second = common + "第二中队";
        assertThat(SearchIndex.agencyTerm(first)).isEqualTo(SearchIndex.agencyTerm(second));
        if (jdbc.queryForObject("SELECT COUNT(*) FROM disclosure WHERE id = ?", Long.class, FIRST + 300_001) == 0) {
            publish(FIRST + 300_001, first, "INSPECTION", LocalDate.of(2021, 5, 6), "青瓷瓶案", "长望执〔2021〕第1号", "检查青瓷瓶。");
            publish(FIRST + 300_002, second, "INSPECTION", LocalDate.of(2021, 5, 7), "青瓷瓶案", "长望执〔2021〕第2号", "检查青瓷瓶。");
        }
        for (String q : List.of("青瓷瓶", "青瓷", "瓷", "")) {
            assertThat(published.search(new DecisionSearch(q, first, null, null, null, 1, 10)).decisions()).as(q)
                .extracting(DecisionSummary::id).containsExactly(FIRST + 300_001);
            assertThat(published.search(new DecisionSearch(q, second, "INSPECTION", null, null, 1, 10)).decisions()).as(q)
                .extracting(DecisionSummary::id).containsExactly(FIRST + 300_002);
            assertThat(published.search(new DecisionSearch(q, common, null, null, null, 1, 10)).decisions()).as(q).isEmpty();
        }
    }

    @Test
    void aDecisionPublishedThroughOneNodeIsFoundAtOnceThroughAnother() {
        HikariDataSource pool = (HikariDataSource) dataSource;
        DriverManagerDataSource own = new DriverManagerDataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        JdbcTemplate otherJdbc = new JdbcTemplate(own);
        PublishedDecisions other = new PublishedDecisions(otherJdbc, new TermFrequencies(otherJdbc));
        DecisionSearch search = new DecisionSearch("孔雀蓝颜料", null, null, null, null, 1, 10);
        assertThat(other.search(search).decisions()).isEmpty();

        long id = FIRST + 200_001;
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            publish(id, "长沙市市场监督管理局", "PENALTY", LocalDate.of(2026, 3, 2), "某公司销售孔雀蓝颜料案", "长市监罚〔2026〕第9号", "销售孔雀蓝颜料。");
            assertThat(other.search(search).decisions()).as("not before the publication commits").isEmpty();
        });
        assertThat(other.search(search).decisions()).extracting(DecisionSummary::id).containsExactly(id);

        transaction.executeWithoutResult(status -> {
            jdbc.update("UPDATE disclosure SET status = 'WITHDRAWN' WHERE id = ?", id);
            index.remove(id, LocalDate.of(2026, 3, 2));
        });
        assertThat(other.search(search).decisions()).isEmpty();
        assertThat(other.search(new DecisionSearch("颜料", null, null, null, null, 1, 10)).decisions()).extracting(DecisionSummary::id)
            .doesNotContain(id);
    }

    static String page(MockMvc portal, String path) throws Exception {
        return portal.perform(MockMvcRequestBuilders.get(java.net.URI.create(path.replace("翡翠鸟", "%E7%BF%A1%E7%BF%A0%E9%B8%9F"))))
            .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** ids counting down */
    static final class LongRange {
        static Long[] down(long from, int n) {
            Long[] ids = new Long[n];
            for (int i = 0; i < n; i++) {
                ids[i] = from - i;
            }
            return ids;
        }
    }
}
