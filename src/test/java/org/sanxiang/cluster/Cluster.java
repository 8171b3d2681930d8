package org.sanxiang.cluster;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
    /** every case driven so far, by case number */
    final Map<String, ReviewScript> driven = new ConcurrentHashMap<>();
    private final ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);

    private Cluster(ClusterDatabase database, Figures figures, List<String> nodeProperties) {
        this.database = database;
        this.figures = figures;
        this.nodeA = new AppNode("node-a", database, nodeProperties);
        this.nodeB = new AppNode("node-b", database, nodeProperties);
        this.traffic = new Traffic(List.of(nodeA, nodeB), database, figures);
        this.audit = new ClusterAudit(database);
    }

    /** a fresh database and two nodes on it, both serving */
    static Cluster start(String purpose, Figures figures, List<String> nodeProperties) {
        ClusterDatabase database = ClusterDatabase.createFresh(purpose);
        Cluster cluster = new Cluster(database, figures, nodeProperties);
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

    static List<ReviewScript> scripts(String batch, int count) {
        List<ReviewScript> scripts = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            scripts.add(new ReviewScript(batch, i));
        }
        return scripts;
    }

    /** the whole audit over every case driven so far */
    void auditEverything() {
        audit.casesRegisteredExactlyOnce(driven);
        audit.reviewsCompleteAndDecided(driven);
        audit.historyComplete(driven);
        audit.noIncidents();
    }

    /** stops the nodes and drops the database (kept with -Dcluster.keep-database=true, to look into a failure) */
    @Override
    public void close() {
        clients.shutdownNow();
        nodeA.stop();
        nodeB.stop();
        if (Boolean.getBoolean("cluster.keep-database")) {
            System.out.println("[cluster] database kept: " + database.name());
        } else {
            database.close();
        }
    }
}
