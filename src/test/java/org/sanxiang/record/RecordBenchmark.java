package org.sanxiang.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record's figures (a benchmark, not part of mvn verify: run it on purpose with
 * {@code mvn -o verify -Dtest=RecordBenchmark -Dsurefire.failIfNoSpecifiedTests=false}). Prints
 * the overhead of the record on task completions, proofs on a log of 1,000,000 entries and the
 * verification of one case's chain of 500 entries.
 */
@EngineTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecordBenchmark {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    @Autowired
    DomainSteps steps;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    RecordVerifier verifier;
    @Autowired
    MerkleLog log;
    @Autowired
    RecordEntries entries;

    @Test
    @Order(1)
    void recordOverheadOnTaskCompletion() {
        CaseFixture fixture = new CaseFixture(engine);
        int n = 30;
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < n + 5; i++) {
            cases.add(fixture.register(facts()));
        }
        for (int i = 0; i < 5; i++) {
            fixture.investigate(cases.get(i));
        }
        boolean h2 = "h2".equals(TestDatabaseProfiles.database());
        if (h2) {
            jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
            jdbc.execute("SET QUERY_STATISTICS TRUE");
        }
        double before = meters.timer("sanxiang.record.write").totalTime(TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        for (int i = 5; i < n + 5; i++) {
            fixture.investigate(cases.get(i));
        }
        double total = (System.nanoTime() - start) / 1e6;
        double record = meters.timer("sanxiang.record.write").totalTime(TimeUnit.MILLISECONDS) - before;
        System.out.printf("BENCHMARK task completion (claim + complete investigate, %d cases): %.1f ms each, of which the record %.2f ms (%.1f%%)%n",
            n, total / n, record / n, 100 * record / (total - record));
        if (h2) {
            long all = 0;
            long ours = 0;
            for (Map<String, Object> row : jdbc.queryForList("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
                String sql = String.valueOf(row.get("SQL_STATEMENT")).toLowerCase();
                long count = ((Number) row.get("EXECUTION_COUNT")).longValue();
                if (sql.contains("query_statistics")) {
                    continue;
                }
                all += count;
                if (sql.contains("record_entry")) {
                    ours += count;
                }
            }
            jdbc.execute("SET QUERY_STATISTICS FALSE");
            System.out.printf("BENCHMARK statements per completion: %.1f in all, of which the record %.1f (%.1f%% added)%n",
                (double) all / n, (double) ours / n, 100.0 * ours / (all - ours));
        }
    }

    @Test
    @Order(2)
    void verifyingAChainOf500Entries() {
        String caseNumber = "BENCH-500";
        transaction.executeWithoutResult(s -> {
            for (int i = 0; i < 500; i++) {
                steps.append(caseNumber, RecordKinds.RETRIEVAL, "handler1", Map.of("what", "全过程记录", "purpose", "基准测试 " + i));
            }
        });
        checkpoints.issue();
        for (int i = 0; i < 10; i++) {
            verifier.verify(caseNumber);
        }
        int runs = 50;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            assertThat(verifier.verify(caseNumber).valid()).isTrue();
        }
        // the thread's CPU time is less at the mercy of the machine's load than the wall time (on H2 it includes the database's work)
        System.out.printf("BENCHMARK verifying one case's chain of 500 entries (chain + inclusion in the signed log): %.1f ms"
            + " (of which this thread's CPU %.1f ms; mean of %d, after 10 warm-up runs)%n",
            (System.nanoTime() - start) / 1e6 / runs, (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / runs, runs);
        phases(caseNumber, runs);
    }

    /** where a verification's time goes: the same steps as {@link RecordVerifier#verify}, timed one by one */
    private void phases(String caseNumber, int runs) {
        double[] t = new double[7];
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            List<RecordEntry> record = entries.ofCase(caseNumber);
            long t1 = System.nanoTime();
            Map<Long, MerkleLog.Leaf> leaves = log.leavesOfCase(caseNumber);
            long t2 = System.nanoTime();
            Checkpoint checkpoint = checkpoints.latest().orElseThrow();
            long t3 = System.nanoTime();
            assertThat(checkpoints.authentic(checkpoint)).isTrue();
            long t4 = System.nanoTime();
            java.util.TreeMap<Long, byte[]> hashed = new java.util.TreeMap<>();
            for (RecordEntry entry : record) {
                byte[] chained = entry.chained();
                assertThat(RecordHash.hex(RecordHash.named(entry.hashAlgorithm()).hash(chained))).isEqualTo(entry.entryHash());
                hashed.put(leaves.get(entry.id()).index(), RecordHash.SM3.leaf(chained));
            }
            long t5 = System.nanoTime();
            byte[] root = log.withTree(tree -> tree.root(checkpoint.treeSize(), hashed));
            assertThat(RecordHash.hex(root)).isEqualTo(checkpoint.rootHash());
            long t6 = System.nanoTime();
            log.size();
            long t7 = System.nanoTime();
            long[] marks = {t0, t1, t2, t3, t4, t5, t6, t7};
            for (int i = 0; i < t.length; i++) {
                t[i] += (marks[i + 1] - marks[i]) / 1e6 / runs;
            }
        }
        System.out.printf("BENCHMARK   of which: entries query %.1f ms, leaves query %.1f ms, latest checkpoint %.1f ms, its SM2 signature (verified once, then remembered) %.1f ms,"
            + " canonical forms + SM3 chain and leaf hashes %.1f ms, root over the case's leaves (stored subtrees read + hashed) %.1f ms, log size %.1f ms%n",
            t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
    }

    @Test
    @Order(3)
    void proofsOnALogOfAMillionEntries() {
        int size = 1_000_000;
        RecordHash hash = RecordHash.SM3;
        long existing = log.size();
        List<byte[]> level = new ArrayList<>(size);
        jdbc.query("SELECT hash FROM record_node WHERE node_level = 0 ORDER BY node_index", rs -> {
            level.add(RecordHash.unhex(rs.getString(1)));
        });
        assertThat((long) level.size()).isEqualTo(existing);
        for (int i = level.size(); i < size; i++) {
            level.add(hash.leaf(ByteBuffer.allocate(8).putLong(i).array()));
        }
        long fill = System.nanoTime();
        List<byte[]> current = level;
        List<Object[]> rows = new ArrayList<>();
        for (int l = 0; !current.isEmpty(); l++) {
            List<byte[]> up = new ArrayList<>(current.size() / 2);
            for (int i = 0; i < current.size(); i++) {
                if ((long) (i + 1) << l > existing) {
                    rows.add(new Object[] {l, (long) i, RecordHash.hex(current.get(i))});
                }
                if (i % 2 == 1) {
                    up.add(hash.node(current.get(i - 1), current.get(i)));
                }
            }
            current = up;
            if (rows.size() > 100_000) {
                jdbc.batchUpdate("INSERT INTO record_node (node_level, node_index, hash) VALUES (?, ?, ?)", rows);
                rows.clear();
            }
        }
        jdbc.batchUpdate("INSERT INTO record_node (node_level, node_index, hash) VALUES (?, ?, ?)", rows);
        System.out.printf("BENCHMARK (set-up: %d subtree hashes of a 1,000,000-entry log computed and stored in %.0f s)%n",
            2 * size, (System.nanoTime() - fill) / 1e9);

        Random random = new Random(7);
        byte[] root = log.withTree(tree -> tree.root(size));
        List<Double> inclusion = new ArrayList<>();
        List<Double> consistency = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long index = random.nextInt(size);
            long t = System.nanoTime();
            List<byte[]> path = log.withTree(tree -> tree.inclusion(index, size));
            inclusion.add((System.nanoTime() - t) / 1e6);
            assertThat(MerkleTree.verifyInclusion(hash, index, size, level.get((int) index), path, root)).isTrue();
            long from = 1 + random.nextInt(size - 1);
            t = System.nanoTime();
            List<byte[]> proof = log.withTree(tree -> tree.consistency(from, size));
            byte[] fromRoot = log.withTree(tree -> tree.root(from));
            consistency.add((System.nanoTime() - t) / 1e6);
            assertThat(MerkleTree.verifyConsistency(hash, from, size, fromRoot, root, proof)).isTrue();
        }
        System.out.printf("BENCHMARK inclusion proof, log of 1,000,000: median %.2f ms, max %.2f ms (200 random entries)%n",
            median(inclusion), max(inclusion));
        System.out.printf("BENCHMARK consistency proof with both roots, log of 1,000,000: median %.2f ms, max %.2f ms (200 random sizes)%n",
            median(consistency), max(consistency));
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double max(List<Double> values) {
        return Arrays.stream(values.stream().mapToDouble(Double::doubleValue).toArray()).max().orElse(0);
    }
}
