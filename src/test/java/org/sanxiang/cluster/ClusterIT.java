package org.sanxiang.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * Two nodes, one database: two application nodes (separate JVMs, separate ports) on one MariaDB
 * database share the work of the demo users; then one is killed with SIGKILL in the middle of the
 * work, the other finishes it, and the killed node rejoins after a restart. After each part the
 * database is audited: every case exactly once, every review round recorded once, Camunda's history
 * complete, no incident. Runs only in the Maven profile {@code cluster}.
 */
@Tag("cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** at least 200 (-Dcluster.cases to change, e.g. for a quick look) */
    static final int CASES = Integer.getInteger("cluster.cases", 200);
    static final int CASES_DURING_THE_KILL = Integer.getInteger("cluster.cases-during-the-kill", 40);
    static final int CASES_AFTER_THE_RESTART = 10;
    static final Duration DRIVE_PATIENCE = Duration.ofMinutes(40);

    final Figures figures = new Figures("ClusterIT: two nodes, one database");
    Cluster cluster;

    @BeforeAll
    void twoNodesOnAFreshDatabase() {
        cluster = Cluster.start("cluster", figures, List.of());
    }

    @AfterAll
    void figuresPrintedNodesStoppedDatabaseDropped() {
        figures.print();
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void twoHundredMajorCasesDrivenThroughBothNodesAreEachRegisteredReviewedAndDecidedExactlyOnce() {
        long start = System.nanoTime();
        cluster.drive(Cluster.scripts("A", CASES), DRIVE_PATIENCE);
        figures.note("part 1: " + CASES + " cases driven through both nodes in", Duration.ofNanos(System.nanoTime() - start));

        assertThat(figures.get("cases registered @node-a")).as("cases registered on node-a").isEqualTo(CASES / 2);
        assertThat(figures.get("cases registered @node-b")).as("cases registered on node-b").isEqualTo(CASES - CASES / 2);
        assertThat(figures.get("tasks completed @node-a")).as("tasks completed on node-a").isPositive();
        assertThat(figures.get("tasks completed @node-b")).as("tasks completed on node-b").isPositive();
        cluster.auditEverything();
    }

    @Test
    @Order(2)
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void aNodeKilledWithSigkillInTheMiddleOfTheWorkLosesNothingTheOtherFinishesItAndTheRestartedNodeRejoins() {
        long completedBefore = figures.get("tasks completed");
        List<Future<?>> running = cluster.submit(Cluster.scripts("B", CASES_DURING_THE_KILL));
        awaitTasksCompleted(completedBefore + CASES_DURING_THE_KILL * 3L, running);

        awaitWriteUnderWay(cluster.nodeB);
        long nodeBBeforeKill = figures.get("tasks completed @node-b") + figures.get("cases registered @node-b");
        int status = cluster.nodeB.kill();
        long killedAt = System.nanoTime();
        figures.add("nodes killed with SIGKILL");
        figures.note("exit status of the killed node-b (128 + SIGKILL)", status);
        assertThat(status).isEqualTo(137);

        cluster.awaitAll(running, DRIVE_PATIENCE);
        figures.note("part 2: rest of the work finished by node-a alone in", Duration.ofNanos(System.nanoTime() - killedAt));
        assertThat(figures.get("tasks completed @node-b") + figures.get("cases registered @node-b"))
            .as("work done by node-b after its death").isEqualTo(nodeBBeforeKill);
        cluster.auditEverything();

        cluster.nodeB.start();
        figures.note("restart of node-b after the kill", cluster.nodeB.awaitReady());
        cluster.drive(Cluster.scripts("C", CASES_AFTER_THE_RESTART), DRIVE_PATIENCE);
        assertThat(figures.get("tasks completed @node-b") + figures.get("cases registered @node-b"))
            .as("work done by node-b after its restart").isGreaterThan(nodeBBeforeKill);
        cluster.auditEverything();
        figures.note("cases in the database at the end", cluster.driven.size());
    }

    /** waits, boundedly, until a client's POST to the node is under way: the kill then hits a request */
    private static void awaitWriteUnderWay(AppNode node) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (node.writesUnderWay().get() == 0 && System.nanoTime() < deadline) {
            AppNode.pause(Duration.ofMillis(1));
        }
    }

    /** waits, boundedly, until the clients have completed this many tasks in all: the kill then falls in the middle of the work */
    private void awaitTasksCompleted(long count, List<Future<?>> running) {
        long deadline = System.nanoTime() + DRIVE_PATIENCE.toNanos();
        while (figures.get("tasks completed") < count) {
            if (running.stream().allMatch(Future::isDone)) {
                cluster.awaitAll(running, Duration.ofSeconds(1));
                throw new AssertionError("the clients finished before the kill: " + figures.get("tasks completed") + " tasks");
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + figures.get("tasks completed") + " of " + count + " tasks completed within " + DRIVE_PATIENCE);
            }
            AppNode.pause(Duration.ofMillis(100));
        }
    }
}
