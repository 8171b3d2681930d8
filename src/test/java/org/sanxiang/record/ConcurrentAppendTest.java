package org.sanxiang.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two nodes appending to one case's chain at once, made deterministic: a writer whose first read of
 * the chain's end is stale (it read before another node committed the next entry), as happens when
 * two transactions append to one case at the same moment. (ClusterIT does it for real on two nodes.)
 */
@EngineTest
class ConcurrentAppendTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordSettings settings;
    @Autowired
    RecordWriter writer;
    @Autowired
    RecordEntries entries;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void stepsThatMeetAnotherNodesEntryAppendAfterItEachOnceWithTheChainUnbroken() {
        String caseNumber = "并发追加-" + System.nanoTime();
        write(writer, step(caseNumber, "A"));
        RecordWriter.Head seenBeforeTheOtherNode = writer.head(caseNumber);
        // the other node commits the entry after it
        write(writer, step(caseNumber, "B"));

        RecordWriter stale = new RecordWriter(jdbc, settings, new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class)) {
            private boolean first = true;

            @Override
            Head head(String c) {
                if (first) {
                    first = false;
                    return seenBeforeTheOtherNode;
                }
                return super.head(c);
            }
        };
        write(stale, step(caseNumber, "C1"), step(caseNumber, "C2"), step(caseNumber, "C3"));

        List<RecordEntry> chain = entries.ofCase(caseNumber);
        assertThat(chain).extracting(e -> e.details().replaceAll(".*\"step\":\"([^\"]+)\".*", "$1"))
            .containsExactly("A", "B", "C1", "C2", "C3");
        assertThat(chain).extracting(RecordEntry::seq).containsExactly(1, 2, 3, 4, 5);
        for (int i = 0; i < chain.size(); i++) {
            assertThat(chain.get(i).prevHash()).as("entry %s links to the one before", i + 1)
                .isEqualTo(i == 0 ? null : chain.get(i - 1).entryHash());
            assertThat(chain.get(i).recomputedHash()).isEqualTo(chain.get(i).entryHash());
        }
    }

    private void write(RecordWriter by, Step... steps) {
        transactions.executeWithoutResult(status -> by.write(List.of(steps)));
    }

    private static Step step(String caseNumber, String name) {
        return new Step(caseNumber, RecordKinds.RETRIEVAL, "admin", 1_765_000_000_000L, Map.of("step", name));
    }
}
