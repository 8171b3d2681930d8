package org.sanxiang.bench.driver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The measurements, each on one running application; every figure goes into the application's {@link Figures}. */
final class Phases {

    private final Settings settings;
    private final Db db;

    Phases(Settings settings, Db db) {
        this.settings = settings;
        this.db = db;
    }

    /**
     * Statements, one request after the other: for each case the start and each of the ten
     * completions between two readings of the application's statement counter, each reading taken
     * after the application's job executor has run every job the request made due (the project's
     * mails), so that a step's count includes its asynchronous work.
     */
    void statements(Driving driving, Figures figures) {
        String user = driving.app.database;
        db.awaitJobsDone(user, 120_000);
        // the application may still set itself up after its first answer (users, demo cases): wait for a quiet database
        awaitQuiet(user);
        // one case through all steps first, not counted: caches filled, classes loaded, first-time lookups done
        Driving.Started warmUp = driving.register("W", 0);
        for (Script.Step step : Script.steps()) {
            driving.complete(warmUp.businessKey(), step);
        }
        db.awaitJobsDone(user, 300_000);
        awaitQuiet(user);
        long idleStart = db.statements(user);
        Bench.pause(5000);
        figures.put("idle statements per second (job acquisition)", (db.statements(user) - idleStart) / 5.0);
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        Map<String, List<Long>> submits = new LinkedHashMap<>();
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < settings.statementCases(); i++) {
            long before = db.statements(user);
            Driving.Started started = driving.register("S", i);
            db.awaitJobsDone(user, 120_000);
            starts.add(db.statements(user) - before);
            for (Script.Step step : Script.steps()) {
                before = db.statements(user);
                long[] claimed = new long[1];
                driving.complete(started.businessKey(), step, () -> claimed[0] = db.statements(user));
                db.awaitJobsDone(user, 120_000);
                long after = db.statements(user);
                byKind.computeIfAbsent(step.taskKey(), k -> new ArrayList<>()).add(after - before);
                submits.computeIfAbsent(step.taskKey(), k -> new ArrayList<>()).add(after - claimed[0]);
            }
        }
        figures.put("statements per case start", mean(starts));
        double sum = 0;
        for (Map.Entry<String, List<Long>> kind : byKind.entrySet()) {
            double mean = mean(kind.getValue());
            figures.put("statements per completion: " + kind.getKey(), mean);
            sum += mean;
        }
        figures.put("statements per completion (mean of the 10 kinds)", sum / byKind.size());
        double submitSum = 0;
        for (Map.Entry<String, List<Long>> kind : submits.entrySet()) {
            double mean = mean(kind.getValue());
            figures.put("… of which submit-form (with its jobs): " + kind.getKey(), mean);
            submitSum += mean;
        }
        figures.put("… of which submit-form (mean of the 10 kinds)", submitSum / submits.size());
    }

    /** waits (at most 5 minutes) until the application runs fewer than 10 statements in 3 s: its own setup and jobs are done */
    private void awaitQuiet(String user) {
        long until = System.currentTimeMillis() + 300_000;
        for (long last = db.statements(user); System.currentTimeMillis() < until; ) {
            Bench.pause(3000);
            long now = db.statements(user);
            if (now - last < 10) {
                return;
            }
            last = now;
        }
        System.out.println("  (the application did not become quiet within 5 minutes: counts include background work)");
    }

    /** cases from start to archive by {@code threads} clients at once; each completion = lookup + claim + submit-form */
    void throughput(Driving driving, Figures figures) throws Exception {
        ConcurrentLinkedQueue<Long> completions = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> startLatencies = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(settings.threads());
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < settings.threads(); t++) {
            done.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < settings.cases(); i = next.getAndIncrement()) {
                    long s = System.nanoTime();
                    Driving.Started started = driving.register("T", i);
                    startLatencies.add(System.nanoTime() - s);
                    for (Script.Step step : Script.steps()) {
                        s = System.nanoTime();
                        driving.complete(started.businessKey(), step);
                        completions.add(System.nanoTime() - s);
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        clients.shutdown();
        figures.put("throughput (cases/s)", settings.cases() / seconds);
        List<Long> sorted = new ArrayList<>(completions);
        Collections.sort(sorted);
        figures.put("completion latency p50 (ms)", percentile(sorted, 50) / 1e6);
        figures.put("completion latency p95 (ms)", percentile(sorted, 95) / 1e6);
        List<Long> startSorted = new ArrayList<>(startLatencies);
        Collections.sort(startSorted);
        figures.put("case start latency p50 (ms)", percentile(startSorted, 50) / 1e6);
        db.awaitJobsDone(driving.app.database, 600_000);
    }

    /**
     * Overdue timers with mail: cases registered (each has the three penalty-period timers), the
     * mails of their registration delivered, then every timer of these cases made due at once (one
     * UPDATE of their due dates, what Cockpit does one by one); measured until every job is done.
     */
    void timers(Driving driving, Figures figures, MailServer mail) throws Exception {
        String database = driving.app.database;
        int cases = (settings.timers() + 2) / 3;
        List<String> instances = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger next = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(settings.threads());
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < settings.threads(); t++) {
            done.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < cases; i = next.getAndIncrement()) {
                    instances.add(driving.register("M", i).processInstanceId());
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        clients.shutdown();
        db.awaitJobsDone(database, 1_800_000);
        Bench.pause(3000);
        mail.reset();
        boolean project = "project".equals(driving.app.label);
        long outboxBefore = project ? db.number("SELECT COALESCE(MAX(id), 0) FROM `" + database + "`.notification_outbox") : 0;
        long incidentsBefore = db.number("SELECT COUNT(*) FROM `" + database + "`.ACT_RU_INCIDENT");
        int timers = 0;
        long start = System.nanoTime();
        for (int from = 0; from < instances.size(); from += 500) {
            List<String> chunk = instances.subList(from, Math.min(instances.size(), from + 500));
            timers += db.execute("UPDATE `" + database + "`.ACT_RU_JOB SET DUEDATE_ = NOW(3) - INTERVAL 1 SECOND WHERE TYPE_ = 'timer'"
                + " AND PROCESS_INSTANCE_ID_ IN ('" + String.join("','", chunk) + "')");
        }
        long firedAt = 0;
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
        while (System.nanoTime() < until) {
            if (firedAt == 0 && timersLeft(database, instances) == 0) {
                firedAt = System.nanoTime();
            }
            if (firedAt != 0 && db.executableJobs(database) == 0) {
                break;
            }
            Bench.pause(200);
        }
        long allDone = System.nanoTime();
        Bench.pause(3000);
        figures.put("overdue timers made due", timers);
        figures.put("timers fired per second", firedAt == 0 ? 0 : timers / ((firedAt - start) / 1e9));
        figures.put("timers with their mails per second", timers / ((allDone - start) / 1e9));
        figures.put("incidents", db.number("SELECT COUNT(*) FROM `" + database + "`.ACT_RU_INCIDENT") - incidentsBefore);
        long expected = project
            ? db.number("SELECT COUNT(*) FROM `" + database + "`.notification_outbox WHERE id > ?", outboxBefore)
            : 2L * timers;
        figures.put("mails expected", expected);
        figures.put("mails received", mail.received());
        figures.put("mails received more than once", mail.duplicates());
    }

    private long timersLeft(String database, List<String> instances) {
        long left = 0;
        for (int from = 0; from < instances.size(); from += 500) {
            List<String> chunk = instances.subList(from, Math.min(instances.size(), from + 500));
            left += db.number("SELECT COUNT(*) FROM `" + database + "`.ACT_RU_JOB WHERE TYPE_ = 'timer' AND RETRIES_ > 0"
                + " AND DUEDATE_ <= NOW(3) AND PROCESS_INSTANCE_ID_ IN ('" + String.join("','", chunk) + "')");
        }
        return left;
    }

    static double mean(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(Double.NaN);
    }

    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** the figures of one application, in the order measured */
    static final class Figures {
        final Map<String, Double> values = Collections.synchronizedMap(new LinkedHashMap<>());
        final Map<String, String> notes = new HashMap<>();

        void put(String name, double value) {
            values.put(name, value);
            System.out.printf("  %-60s %12.2f%n", name, value);
        }
    }
}
