package org.sanxiang.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * database and one mail server share the work of the demo users, and the review deadlines' timers
 * of 200 cases fall due (moved due as in Cockpit: the nodes keep the real clock) and fire on either
 * node. Then one node is killed with SIGKILL in the middle of the work (requests under way, mail
 * deliveries under way, 600 penalty-deadline timers falling due), the other finishes it, and the
 * killed node rejoins after a restart. After each part the database and the mail server are
 * audited: every case exactly once, every review round recorded once, Camunda's history complete,
 * every timer fired once, every mail sent once, no incident. Both nodes append to the full-process
 * record at once and sign checkpoints of its log (on demand, each node in turn, and by their
 * timers), and the record is audited too ({@link RecordLogAudit}): every step exactly once, the
 * chains and the log without gap or fork, the tree rebuilt from all entries at the latest
 * checkpoint's root, every checkpoint signed by the agency and consistent with the one before.
 * Runs only in the Maven profile {@code cluster}.
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
    /** how often the test asks a node (each in turn) for a checkpoint of the record while the users work */
    static final Duration CHECKPOINT_ON_DEMAND = Duration.ofSeconds(5);
    /** the nodes' own checkpoint timer (default 10 minutes) */
    static final String CHECKPOINT_TIMER = "--sanxiang.record.checkpoint-interval=PT30S";

    final Figures figures = new Figures("ClusterIT: two nodes, one database");
    Cluster cluster;

    @BeforeAll
    void twoNodesOnAFreshDatabase() {
        cluster = Cluster.start("cluster", figures, List.of(CHECKPOINT_TIMER));
        cluster.issueCheckpointsOnBothNodes(CHECKPOINT_ON_DEMAND);
    }

    @AfterAll
    void figuresPrintedNodesStoppedDatabaseDropped() {
        if (cluster != null) {
            cluster.nodes().forEach(node -> figures.note("record checkpoints signed by the timer @" + node.name(),
                node.logLines("Record checkpoint:")));
        }
        figures.print();
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void twoHundredMajorCasesThroughBothNodesWithTheirReviewTimersFallenDueAreEachRegisteredRemindedReviewedDecidedAndMailedOnce() {
        long start = System.nanoTime();
        Map<String, ReviewScript> inReview = cluster.driveToTheReview(Cluster.scripts("A", CASES), DRIVE_PATIENCE);
        figures.note("part 1: " + CASES + " cases registered and taken to their review in", Duration.ofNanos(System.nanoTime() - start));
        assertThat(inReview).hasSize(CASES);

        start = System.nanoTime();
        Set<String> timers = cluster.letTimersFallDue(Cluster.REVIEW_TIMERS, inReview.keySet(), DRIVE_PATIENCE);
        cluster.reviewTimersFallenDue.addAll(inReview.keySet());
        assertThat(timers).as("review timers (2 reminders and the overdue escalation per case)").hasSize(3 * CASES);
        cluster.awaitJobsDone(timers, DRIVE_PATIENCE);
        figures.note("part 1: " + timers.size() + " review timers moved due one by one (REST as admin) and all fired in",
            Duration.ofNanos(System.nanoTime() - start));

        start = System.nanoTime();
        cluster.driveTheReviews(inReview, DRIVE_PATIENCE);
        figures.note("part 1: the reviews and decisions of the " + CASES + " cases in", Duration.ofNanos(System.nanoTime() - start));

        assertThat(figures.get("cases registered @node-a")).as("cases registered on node-a").isEqualTo(CASES / 2);
        assertThat(figures.get("cases registered @node-b")).as("cases registered on node-b").isEqualTo(CASES - CASES / 2);
        assertThat(figures.get("tasks completed @node-a")).as("tasks completed on node-a").isPositive();
        assertThat(figures.get("tasks completed @node-b")).as("tasks completed on node-b").isPositive();
        assertThat(figures.get("checkpoints issued on demand (REST as admin) @node-a")).as("checkpoints issued on node-a").isPositive();
        assertThat(figures.get("checkpoints issued on demand (REST as admin) @node-b")).as("checkpoints issued on node-b").isPositive();
        cluster.auditEverything(Set.of());
        cluster.auditTheRecord();
    }

    @Test
    @Order(2)
    @Timeout(value = 60, unit = TimeUnit.MINUTES)
    void aNodeKilledWithSigkillInTheMiddleOfTheWorkLosesNothingTheOtherFinishesItAndTheRestartedNodeRejoins() {
        Set<String> decided = Set.copyOf(cluster.driven.keySet());
        long completedBefore = figures.get("tasks completed");
        long operatedBefore = figures.get("operator actions (REST as admin)");
        List<Future<?>> running = cluster.submit(Cluster.scripts("B", CASES_DURING_THE_KILL));
        Cluster.TimerMoves moving = cluster.letTimersFallDueInBackground(Cluster.PENALTY_TIMERS, decided);
        Set<String> timers = moving.jobIds();
        assertThat(timers).as("penalty-decision timers of the decided cases").hasSize(3 * decided.size());
        awaitTasksCompleted(completedBefore + CASES_DURING_THE_KILL * 3L, running);
        awaitCount("operator actions (REST as admin)", operatedBefore + timers.size() / 3);

        awaitWriteUnderWay(cluster.nodeB);
        long nodeBBeforeKill = figures.get("tasks completed @node-b") + figures.get("cases registered @node-b");
        int status = cluster.nodeB.kill();
        long killedAt = System.nanoTime();
        Set<String> mailsInDoubt = cluster.mailsUnderDelivery();
        figures.add("nodes killed with SIGKILL");
        figures.note("exit status of the killed node-b (128 + SIGKILL)", status);
        figures.note("mails under delivery at the kill (in doubt)", mailsInDoubt.size());
        assertThat(status).isEqualTo(137);

        cluster.awaitAll(running, DRIVE_PATIENCE);
        figures.note("part 2: the clients' work finished by node-a alone in", Duration.ofNanos(System.nanoTime() - killedAt));
        cluster.awaitAll(moving.moves(), DRIVE_PATIENCE);
        figures.note("part 2: " + timers.size() + " penalty timers fired (node-b's after its locks expired) within",
            cluster.awaitJobsDone(timers, DRIVE_PATIENCE).plusNanos(System.nanoTime() - killedAt));
        assertThat(figures.get("tasks completed @node-b") + figures.get("cases registered @node-b"))
            .as("work done by node-b after its death").isEqualTo(nodeBBeforeKill);
        cluster.auditEverything(mailsInDoubt);
        cluster.auditTheRecord();

        cluster.nodeB.start();
        figures.note("restart of node-b after the kill", cluster.nodeB.awaitReady());
        cluster.drive(Cluster.scripts("C", CASES_AFTER_THE_RESTART), DRIVE_PATIENCE);
        assertThat(figures.get("tasks completed @node-b") + figures.get("cases registered @node-b"))
            .as("work done by node-b after its restart").isGreaterThan(nodeBBeforeKill);
        cluster.auditEverything(mailsInDoubt);
        cluster.auditTheRecord();
        figures.note("cases in the database at the end", cluster.driven.size());
    }

    /** waits, boundedly, until a client's POST to the node is under way: the kill then hits a request */
    private static void awaitWriteUnderWay(AppNode node) {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (node.writesUnderWay().get() == 0 && System.nanoTime() < deadline) {
            AppNode.pause(Duration.ofMillis(1));
        }
    }

    /** waits, boundedly, until the counter of the figures reaches the count */
    private void awaitCount(String counter, long count) {
        long deadline = System.nanoTime() + DRIVE_PATIENCE.toNanos();
        while (figures.get(counter) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(counter + ": only " + figures.get(counter) + " of " + count + " within " + DRIVE_PATIENCE);
            }
            AppNode.pause(Duration.ofMillis(100));
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
