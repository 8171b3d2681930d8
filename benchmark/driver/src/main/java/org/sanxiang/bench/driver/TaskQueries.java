package org.sanxiang.bench.driver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Tasklist task query at growing numbers of open tasks (see {@link #measure}). */
final class TaskQueries {

    private final Settings settings;
    private final Db db;

    TaskQueries(Settings settings, Db db) {
        this.settings = settings;
        this.db = db;
    }

    /**
     * The task query as Tasklist asks it (list of the 15 newest and the count) as a reviewer
     * (candidate group reviewer) and as a handler (candidate user: the handlers' tasks name them),
     * with the database holding {@code size} open tasks: half copies of an open handler task, half
     * of an open reviewer task (see {@link Db#copyTask}).
     */
    void measure(Driving driving, Phases.Figures figures) {
        String database = driving.app.database;
        Driving.Started waiting = driving.register("Q", 0);
        for (Script.Step step : Script.toAcceptance()) {
            driving.complete(waiting.businessKey(), step);
        }
        db.awaitJobsDone(database, 600_000);
        String reviewerTask = db.text("SELECT t.ID_ FROM `" + database + "`.ACT_RU_TASK t WHERE t.TASK_DEF_KEY_ = 'accept-submission'"
            + " AND t.PROC_INST_ID_ IN (SELECT e.ID_ FROM `" + database + "`.ACT_RU_EXECUTION e WHERE e.BUSINESS_KEY_ = ?)", waiting.businessKey());
        String handlerTask = db.text("SELECT ID_ FROM `" + database + "`.ACT_RU_TASK WHERE TASK_DEF_KEY_ = 'investigate' ORDER BY CREATE_TIME_ DESC LIMIT 1");
        int copied = 0;
        Map<String, String> roles = new LinkedHashMap<>();
        roles.put("reviewer", "reviewer1:candidateGroup=reviewer");
        roles.put("handler", "handler1:candidateUser=handler1");
        for (int size : settings.openTasks()) {
            long open = db.number("SELECT COUNT(*) FROM `" + database + "`.ACT_RU_TASK");
            int missing = (int) Math.max(0, size - open);
            if (missing > 0) {
                db.copyTask(database, reviewerTask, copied + 1, missing / 2);
                db.copyTask(database, handlerTask, copied + 1 + missing / 2, missing - missing / 2);
                copied += missing;
            }
            db.analyze(database, "ACT_RU_TASK", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION");
            long actual = db.number("SELECT COUNT(*) FROM `" + database + "`.ACT_RU_TASK");
            figures.put("open tasks for the query of size " + size, actual);
            for (Map.Entry<String, String> role : roles.entrySet()) {
                String user = role.getValue().split(":")[0];
                String criterion = role.getValue().split(":")[1];
                List<Long> times = new ArrayList<>();
                boolean timedOut = false;
                for (int q = 0; q < settings.queries() && !timedOut; q++) {
                    long s = System.nanoTime();
                    try {
                        Rest.Response list = driving.rest.get(user, "/engine-rest/task?" + criterion
                            + "&includeAssignedTasks=true&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15");
                        Rest.Response count = driving.rest.get(user, "/engine-rest/task/count?" + criterion + "&includeAssignedTasks=true");
                        if (!list.ok() || !count.ok()) {
                            throw new IllegalStateException("task query as " + user + ": " + list.status() + " " + count.status());
                        }
                        if (q == 0) {
                            figures.put("tasks " + user + " sees at size " + size, ((Number) count.json().get("count")).doubleValue());
                        }
                    } catch (java.io.IOException e) {
                        timedOut = true;
                    }
                    times.add(System.nanoTime() - s);
                }
                Collections.sort(times);
                String key = "task query as " + role.getKey() + " at " + size + " open tasks";
                if (timedOut) {
                    figures.put(key + " p50 (ms)", Double.POSITIVE_INFINITY);
                    figures.put(key + " p95 (ms)", Double.POSITIVE_INFINITY);
                } else {
                    figures.put(key + " p50 (ms)", Phases.percentile(times, 50) / 1e6);
                    figures.put(key + " p95 (ms)", Phases.percentile(times, 95) / 1e6);
                }
            }
        }
    }
}
