package org.sanxiang.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Two application nodes on one fresh MariaDB database, the traffic of the demo users through them,
 * the audit of the database and the figures. The first node creates the schema; the second starts
 * once the first is ready (a first start creates Camunda's tables, which two nodes must not do at once).
 * While they start, another database on the server holds Camunda's tables, as on a shared server.
 */
final class Cluster implements AutoCloseable {

    /** a small pool: the machine has two cores, shared */
    static final int CLIENT_THREADS = 3;

    final ClusterDatabase database;
    final AppNode nodeA;
    final AppNode nodeB;
    final Figures figures;
    final Traffic traffic;
    final ClusterAudit audit;
    final RecordLogAudit recordAudit;
    final MailSink mail;
    /** every case driven so far, by case number */
    final Map<String, ReviewScript> driven = new ConcurrentHashMap<>();
    /** the cases whose first review period's timers fell due */
    final Set<String> reviewTimersFallenDue = ConcurrentHashMap.newKeySet();
    /** the timers the test let fall due, by activity */
    final Map<String, Long> timersFallenDue = new ConcurrentHashMap<>();
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
    /** an administrator working in Cockpit alongside the users */
    private final ExecutorService operators = Executors.newFixedThreadPool(2);
    /** an archivist's or administrator's checkpoints on demand, on each node in turn, while the users work */
    private final java.util.concurrent.ScheduledExecutorService checkpointer = Executors.newSingleThreadScheduledExecutor();
    /** held by a checkpoint request on demand and by the record's audit: the audit sees the log at rest */
    private final Object checkpointLock = new Object();

    private Cluster(ClusterDatabase database, Figures figures, MailSink mail, List<String> nodeProperties) {
        this.database = database;
        this.figures = figures;
        this.mail = mail;
        List<String> properties = new ArrayList<>(mail.nodeProperties());
        properties.addAll(nodeProperties);
        this.nodeA = new AppNode("node-a", database, properties);
        this.nodeB = new AppNode("node-b", database, properties);
        this.traffic = new Traffic(List.of(nodeA, nodeB), database, figures);
        this.audit = new ClusterAudit(database);
        this.recordAudit = new RecordLogAudit(database, traffic, figures, nodeA.keystore(), List.of(nodeA, nodeB));
    }

    /** a fresh database, a mail server, and two nodes on them, both serving; the node properties are added to each node's */
    static Cluster start(String purpose, Figures figures, List<String> nodeProperties) {
        ClusterDatabase database = ClusterDatabase.createFresh(purpose);
        Cluster cluster = new Cluster(database, figures, new MailSink(), nodeProperties);
        figures.note("database", database.name());
        try (ClusterDatabase neighbour = ClusterDatabase.createNeighbourWithCamundaTables(purpose)) {
            cluster.nodeA.start();
            figures.note("start of node-a (creates the schema)", cluster.nodeA.awaitReady());
            cluster.nodeB.start();
            figures.note("start of node-b", cluster.nodeB.awaitReady());
        } catch (RuntimeException | AssertionError e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    List<AppNode> nodes() {
        return List.of(nodeA, nodeB);
    }

    /** drives the cases concurrently with the client pool; returns when all are done, fails on the first failure */
    void drive(List<ReviewScript> scripts, Duration patience) {
        List<Future<?>> running = submit(scripts);
        awaitAll(running, patience);
    }

    /** runs the actions concurrently with the client pool; returns when all are done, fails on the first failure */
    void run(List<Runnable> actions, Duration patience) {
        awaitAll(actions.stream().<Future<?>>map(clients::submit).toList(), patience);
    }

    List<Future<?>> submit(List<ReviewScript> scripts) {
        List<Future<?>> running = new ArrayList<>();
        for (ReviewScript script : scripts) {
            running.add(clients.submit(() -> driven.put(script.drive(traffic), script)));
        }
        return running;
    }

    void awaitAll(List<Future<?>> running, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        try {
            for (Future<?> future : running) {
                future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            running.forEach(f -> f.cancel(true));
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            throw new AssertionError("a client failed", e.getCause());
        } catch (TimeoutException e) {
            running.forEach(f -> f.cancel(true));
            throw new AssertionError("the cases were not driven through within " + patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** registers the cases and takes each to its first review period, concurrently; returns them by case number */
    Map<String, ReviewScript> driveToTheReview(List<ReviewScript> scripts, Duration patience) {
        Map<String, ReviewScript> inReview = new ConcurrentHashMap<>();
        run(scripts.stream().<Runnable>map(script -> () -> inReview.put(script.driveToTheReview(traffic), script)).toList(), patience);
        return inReview;
    }

    /** takes the cases, each in its first review period, through their reviews to the leader's decision, concurrently */
    void driveTheReviews(Map<String, ReviewScript> inReview, Duration patience) {
        run(inReview.entrySet().stream().<Runnable>map(c -> () -> {
            c.getValue().driveTheReview(traffic, c.getKey());
            driven.put(c.getKey(), c.getValue());
        }).toList(), patience);
    }

    /** timer jobs being moved due: their ids, and the operator's moves under way */
    record TimerMoves(Set<String> jobIds, List<Future<?>> moves) { }

    /**
     * Lets the timers of these activities in these cases fall due now, as an administrator would in
     * Cockpit (REST {@code PUT /job/{id}/duedate}, through both nodes), and waits for the moves; returns
     * the timer jobs' ids. The nodes keep the real clock: the deadlines are days away.
     */
    Set<String> letTimersFallDue(List<String> activities, Set<String> caseNumbers, Duration patience) {
        TimerMoves moving = letTimersFallDueInBackground(activities, caseNumbers);
        awaitAll(moving.moves(), patience);
        return moving.jobIds();
    }

    /** the same, by the operator's threads, without waiting */
    TimerMoves letTimersFallDueInBackground(List<String> activities, Set<String> caseNumbers) {
        List<Map<String, Object>> jobs = timerJobs(activities, caseNumbers);
        jobs.forEach(job -> timersFallenDue.merge((String) job.get("activity"), 1L, Long::sum));
        List<Future<?>> moves = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            int lane = i;
            moves.add(operators.submit(() -> traffic.fallDueNow(lane, (String) jobs.get(lane).get("id"))));
        }
        return new TimerMoves(jobs.stream().map(job -> (String) job.get("id")).collect(Collectors.toSet()), moves);
    }

    /** waits until none of these jobs is left (they were executed); returns how long that took */
    Duration awaitJobsDone(Set<String> jobIds, Duration patience) {
        long start = System.nanoTime();
        long deadline = start + patience.toNanos();
        while (true) {
            Set<String> left = database.rows("SELECT ID_ AS id FROM ACT_RU_JOB").stream()
                .map(r -> (String) r.get("id")).filter(jobIds::contains).collect(Collectors.toSet());
            if (left.isEmpty()) {
                return Duration.ofNanos(System.nanoTime() - start);
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(left.size() + " of " + jobIds.size() + " jobs not executed within " + patience + ": "
                    + database.rows("SELECT ID_, RETRIES_, LOCK_OWNER_, LOCK_EXP_TIME_, DUEDATE_, EXCEPTION_MSG_ FROM ACT_RU_JOB WHERE ID_ = ?",
                        left.iterator().next()));
            }
            AppNode.pause(Duration.ofMillis(500));
        }
    }

    private List<Map<String, Object>> timerJobs(List<String> activities, Set<String> caseNumbers) {
        String in = activities.stream().map(a -> "'" + a + "'").collect(Collectors.joining(","));
        return database.rows("SELECT j.ID_ AS id, d.ACT_ID_ AS activity, p.BUSINESS_KEY_ AS case_number FROM ACT_RU_JOB j "
                + "JOIN ACT_RU_JOBDEF d ON d.ID_ = j.JOB_DEF_ID_ JOIN ACT_RU_EXECUTION p ON p.ID_ = j.PROCESS_INSTANCE_ID_ "
                + "WHERE j.TYPE_ = 'timer' AND d.ACT_ID_ IN (" + in + ")")
            .stream().filter(job -> caseNumbers.contains((String) job.get("case_number"))).toList();
    }

    /** the ids of the mails whose delivery job a node has locked right now */
    Set<String> mailsUnderDelivery() {
        return database.rows("SELECT HANDLER_CFG_ AS id FROM ACT_RU_JOB WHERE HANDLER_TYPE_ = 'sanxiang-mail' AND LOCK_OWNER_ IS NOT NULL")
            .stream().map(r -> (String) r.get("id")).collect(Collectors.toSet());
    }

    static List<ReviewScript> scripts(String batch, int count) {
        List<ReviewScript> scripts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            scripts.add(new ReviewScript(batch, i));
        }
        return scripts;
    }

    /** the whole audit over every case driven so far, its timers and its mails; mails in doubt may have arrived twice */
    void auditEverything(Set<String> mailsInDoubt) {
        audit.casesRegisteredExactlyOnce(driven);
        audit.reviewsCompleteAndDecided(driven);
        audit.historyComplete(driven);
        timersFallenDue.forEach((activity, count) -> {
            Map<String, Long> fired = audit.timersFiredExactlyOnce(List.of(activity), count);
            fired.forEach((node, n) -> figures.note("timers fired: " + activity + " " + node, n));
            assertThat(audit.activityRuns(TIMER_EFFECTS.get(activity))).as("runs of %s", TIMER_EFFECTS.get(activity)).isEqualTo(count);
        });
        figures.note("mails delivered: outbox drained after the last step in", audit.awaitMailsDelivered(MAIL_PATIENCE));
        Map<String, Map<String, Long>> mails = new java.util.TreeMap<>();
        driven.forEach((number, script) -> {
            Map<String, Long> kinds = new java.util.TreeMap<>(Map.of("TASK_CREATED", script.expectedTaskMails()));
            if (reviewTimersFallenDue.contains(number)) {
                kinds.put("REMINDER", 2 * ReviewScript.holders("review-decision"));
                kinds.put("ESCALATION", ReviewScript.holders("review-decision") + ReviewScript.holders("leader-decision"));
            }
            mails.put(number, kinds);
        });
        audit.mailsPerCase(mails);
        List<MailSink.Received> received = mail.received();
        long twice = audit.mailsDeliveredExactlyOnce(received, mailsInDoubt);
        figures.note("mails in the outbox, all sent", database.count("SELECT COUNT(*) FROM notification_outbox"));
        figures.note("mails received by the mail server", received.size());
        figures.note("mails received twice, both with the row's Message-ID (delivery under way on the killed node)", twice);
        audit.noIncidents();
    }

    /**
     * Asks a node for a checkpoint of the record's log every so often, node-a and node-b in turn
     * (REST as admin, as an administrator or archivist may), while the users work on both nodes and
     * the nodes' own checkpoint timers run. A request to a node that is down or dies under it is
     * counted and left: the audit checks that no checkpoint is over a log that is not the log.
     */
    void issueCheckpointsOnBothNodes(Duration every) {
        java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
        checkpointer.scheduleWithFixedDelay(() -> {
            AppNode node = nodes().get(turn.getAndIncrement() % 2);
            synchronized (checkpointLock) {
                if (!node.serving()) {
                    return;
                }
                try {
                    NodeCall.Response response = NodeCall.post(node, Traffic.ADMIN, "/api/record/checkpoints", Map.of());
                    figures.add(response.ok() ? "checkpoints issued on demand (REST as admin)" : "checkpoint requests failed", node);
                } catch (NodeCall.Unreachable | NodeCall.OutcomeUnknown | RuntimeException e) {
                    figures.add("checkpoint requests failed", node);
                }
            }
        }, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** the record of the driven cases audited from the database and the REST API, with no checkpoint asked for meanwhile */
    void auditTheRecord() {
        synchronized (checkpointLock) {
            recordAudit.everyStepOnceInOneConsistentLog(driven.keySet());
        }
    }

    /** what each timer of the deadlines does when it fires */
    static final Map<String, String> TIMER_EFFECTS = Map.of(
        "review-first-reminder", "remind-reviewer", "review-second-reminder", "remind-reviewer-again", "review-overdue", "escalate-review",
        "penalty-first-reminder", "remind-penalty", "penalty-second-reminder", "remind-penalty-again", "penalty-overdue", "escalate-penalty");
    static final List<String> REVIEW_TIMERS = List.of("review-first-reminder", "review-second-reminder", "review-overdue");
    static final List<String> PENALTY_TIMERS = List.of("penalty-first-reminder", "penalty-second-reminder", "penalty-overdue");
    static final Duration MAIL_PATIENCE = Duration.ofMinutes(15);

    /** stops the nodes and drops the database (kept with -Dcluster.keep-database=true, to look into a failure) */
    @Override
    public void close() {
        clients.shutdownNow();
        operators.shutdownNow();
        checkpointer.shutdownNow();
        nodeA.stop();
        nodeB.stop();
        mail.close();
        if (Boolean.getBoolean("cluster.keep-database")) {
            System.out.println("[cluster] database kept: " + database.name());
        } else {
            database.close();
        }
    }
}
