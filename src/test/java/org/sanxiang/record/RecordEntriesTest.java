package org.sanxiang.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every step of a case is an entry, written in the step's transaction; the database refuses to change or delete one. */
@EngineTest
class RecordEntriesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RecordEntries entries;
    @Autowired
    JdbcTemplate jdbc;

    CaseFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new CaseFixture(engine);
    }

    @Test
    void registrationClaimCompletionAndTheCatalogDecisionAreEntriesWithWhoAndWhat() {
        String caseNumber = fixture.caseUpToReview(facts());

        List<RecordEntry> record = entries.ofCase(caseNumber);
        assertThat(record).extracting(RecordEntry::seq).containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(1, record.size()).boxed().toList());
        assertThat(record.get(0).kind()).isEqualTo(RecordKinds.PROCESS_STARTED);
        assertThat(record.get(0).actor()).isEqualTo("handler1");
        assertThat(record.get(0).details()).contains("\"process\":\"enforcement-case\"");
        assertThat(record).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(RecordKinds.TASK_ASSIGNED);
            assertThat(e.details()).contains("\"assignee\":\"handler1\"", "\"task\":\"investigate\"");
        });
        assertThat(record).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(RecordKinds.TASK_COMPLETED);
            assertThat(e.actor()).isEqualTo("handler1");
            assertThat(e.details()).contains("\"task\":\"investigate\"", "经现场检查，当事人销售的产品经抽检不合格。");
        });
        assertThat(record).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(RecordKinds.DECISION_EVALUATED);
            assertThat(e.details()).contains("\"decision\":\"major-decision\"", "reviewLevel");
        });
        assertThat(record).filteredOn(e -> e.kind().equals(RecordKinds.TASK_ASSIGNED)).hasSize(3);
        assertThat(record).allSatisfy(e -> assertThat(e.recomputedHash()).isEqualTo(e.entryHash()));
        assertThat(record.get(0).hashAlgorithm()).isEqualTo("SM3");
    }

    @Test
    void aStepThatFailsLeavesNoEntry() {
        String caseNumber = fixture.register(facts());
        int before = entries.ofCase(caseNumber).size();

        assertThatThrownBy(() -> fixture.complete(caseNumber, "investigate", "handler1", vars("investigationSummary", "")))
            .isInstanceOf(InvalidInputException.class);

        // the registering handler already holds the task (assigned at registration): the failed
        // completion is the only step, and it leaves nothing
        List<RecordEntry> after = entries.ofCase(caseNumber);
        assertThat(after).hasSize(before);
        assertThat(after).noneMatch(e -> e.kind().equals(RecordKinds.TASK_COMPLETED));
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
        String caseNumber = fixture.register(facts());

        assertThatThrownBy(() -> jdbc.update("UPDATE record_entry SET actor = 'x' WHERE case_number = ?", caseNumber))
            .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM record_entry WHERE case_number = ?", caseNumber))
            .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(entries.ofCase(caseNumber)).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isNotEqualTo("x"));
    }
}
