package org.sanxiang.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Chinese text, including the characters outside the Basic Multilingual Plane that personal and
 * company names use (CJK Extension B and later, four bytes in UTF-8), is stored unchanged by the
 * application's tables and the engine's. On MariaDB: every table is utf8mb4 although the test
 * database was created latin1 (see {@code FreshTestDatabase}), and the pool runs READ COMMITTED.
 */
@EngineTest
class Utf8mb4DatabaseTest {

    /** 𠮷 U+20BB7 and 𡈽 U+2123D (Extension B), 䶮 U+4DAE (Extension A) */
    static final String RARE_NAME = "𠮷野家（𡈽䶮）餐饮有限公司";

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRegister cases;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rareCharactersOfAPartyNameSurviveTheCaseTableAndTheEngine() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(CaseFixture.with(CaseFixture.facts(), "partyName", RARE_NAME));

        assertThat(cases.get(caseNumber).getPartyName()).isEqualTo(RARE_NAME);
        assertThat(engine.getRuntimeService().getVariable(fixture.caseInstance(caseNumber).getId(), EnforcementCaseProcess.PARTY_NAME))
            .isEqualTo(RARE_NAME);
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(fixture.caseInstance(caseNumber).getId()).variableName(EnforcementCaseProcess.PARTY_NAME)
            .singleResult().getValue()).isEqualTo(RARE_NAME);
    }

    @Test
    @EnabledIfSystemProperty(named = "test.db", matches = "mariadb")
    void everyTableOfTheApplicationAndTheEngineIsUtf8mb4() {
        List<Map<String, Object>> notUtf8mb4 = jdbc.queryForList(
            "SELECT TABLE_NAME, TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_COLLATION NOT LIKE 'utf8mb4%'");
        List<Map<String, Object>> columnsNotUtf8mb4 = jdbc.queryForList(
            "SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND CHARACTER_SET_NAME IS NOT NULL AND CHARACTER_SET_NAME <> 'utf8mb4'");

        assertThat(notUtf8mb4).isEmpty();
        assertThat(columnsNotUtf8mb4).isEmpty();
        assertThat(jdbc.queryForList("SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()", String.class))
            .extracting(String::toLowerCase)
            .contains("app_schema_history", "enforcement_case", "review_conclusion", "act_ru_variable", "act_hi_varinst");
    }

    @Test
    @EnabledIfSystemProperty(named = "test.db", matches = "mariadb")
    void engineTablesKeepTheirCaseSensitiveBinaryCollation() {
        assertThat(jdbc.queryForObject("SELECT TABLE_COLLATION FROM information_schema.TABLES "
            + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ACT_RU_VARIABLE'", String.class)).isEqualTo("utf8mb4_bin");
    }

    @Test
    @EnabledIfSystemProperty(named = "test.db", matches = "mariadb")
    void pooledConnectionsSpeakUtf8mb4AtReadCommitted() {
        Map<String, Object> session = jdbc.queryForMap("SELECT @@character_set_client AS client, "
            + "@@character_set_connection AS connection, @@character_set_results AS results");

        assertThat(session).containsValues("utf8mb4").allSatisfy((name, value) -> assertThat(value).isEqualTo("utf8mb4"));
        assertThat(jdbc.execute(MariaDb::isolation)).isEqualTo("READ-COMMITTED");
    }
}
