package org.sanxiang.cluster;

import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.EngineRest;

/**
 * What the demo users do through the nodes, as a client behind a load balancer would do it: each
 * request goes to the node its lane names, or to the next serving node if that one is down; a
 * request that failed is only repeated once the client knows it did not take effect. A registration
 * is known by the case's unique title, a task by its id, so nothing is done twice by the client.
 */
final class Traffic {

    /** how long one user action may take, failovers and recoveries included */
    static final Duration PATIENCE = Duration.ofMinutes(4);
    /** how long a request whose connection broke on a node that still runs may go on committing */
    private static final Duration GRACE = Duration.ofSeconds(30);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(300);
    static final String ADMIN = "admin";
    /** the administrator's password: outside the demo profile the application refuses a weak one (AdminPasswordCheck) */
    static final String ADMIN_PASSWORD = "Cluster-Operator-2026";
    private static final String START_FORM = "/engine-rest/process-definition/key/enforcement-case/submit-form";

    private final List<AppNode> nodes;
    private final ClusterDatabase database;
    private final Figures figures;

    Traffic(List<AppNode> nodes, ClusterDatabase database, Figures figures) {
        this.nodes = nodes;
        this.database = database;
        this.figures = figures;
    }

    /** registers a case (立案) through the start form; its title must be unique; returns the case number */
    String register(int lane, String user, Map<String, Object> facts) {
        String title = (String) facts.get("caseTitle");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                checkDeadline(deadline, "register " + title);
                AppNode.pause(RETRY_PAUSE);
            }
            AppNode node = route(lane, attempt, deadline, "register " + title);
            try {
                NodeCall.Response response = NodeCall.post(node, user, START_FORM, EngineRest.variables(facts));
                if (response.status() == 200) {
                    figures.add("cases registered", node);
                    return (String) response.json().get("businessKey");
                }
                refuseUnexpected(response, "register " + title + " on " + node.name());
                figures.add("requests failed with a server error", node);
            } catch (NodeCall.Unreachable e) {
                figures.add("requests sent to another node (node unreachable)");
                continue;
            } catch (NodeCall.OutcomeUnknown e) {
                figures.add("requests with unknown outcome (connection broke)", node);
                Optional<String> registered = awaitRegistration(title, node);
                if (registered.isPresent()) {
                    figures.add("unknown outcomes found done (not repeated)");
                    return registered.get();
                }
                figures.add("unknown outcomes found not done (repeated)");
                continue;
            }
            // a server error: the transaction rolled back, unless it failed after its commit
            Optional<String> registered = caseWithTitle(title);
            if (registered.isPresent()) {
                figures.add("failed requests found done (not repeated)");
                return registered.get();
            }
        }
    }

    /** claims and completes, as the user, the case's open task with the key, submitting its form with the values */
    void complete(int lane, String caseNumber, String taskKey, String user, Map<String, Object> values) {
        String action = taskKey + " of " + caseNumber + " as " + user;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String taskId = null;
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                checkDeadline(deadline, action);
                AppNode.pause(RETRY_PAUSE);
            }
            AppNode node = route(lane, attempt, deadline, action);
            NodeCall.Response failed;
            try {
                if (taskId == null) {
                    NodeCall.Response found = NodeCall.get(node, user,
                        "/engine-rest/task?processInstanceBusinessKey=" + caseNumber + "&taskDefinitionKey=" + taskKey + "&maxResults=10");
                    if (!found.ok()) {
                        refuseUnexpected(found, "find " + action);
                        figures.add("requests failed with a server error", node);
                        continue;
                    }
                    List<Map<String, Object>> tasks = found.jsonList();
                    if (tasks.size() != 1) {
                        throw new AssertionError(user + " sees " + tasks.size() + " open " + taskKey + " tasks of " + caseNumber + ": " + found);
                    }
                    taskId = (String) tasks.get(0).get("id");
                }
                failed = NodeCall.post(node, user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
                if (failed.ok()) {
                    failed = NodeCall.post(node, user, "/engine-rest/task/" + taskId + "/submit-form", EngineRest.variables(values));
                    if (failed.ok()) {
                        figures.add("tasks completed", node);
                        return;
                    }
                }
            } catch (NodeCall.Unreachable e) {
                figures.add("requests sent to another node (node unreachable)");
                continue;
            } catch (NodeCall.OutcomeUnknown e) {
                figures.add("requests with unknown outcome (connection broke)", node);
                if (taskId != null && awaitTaskClosed(taskId, node)) {
                    figures.add("unknown outcomes found done (not repeated)");
                    return;
                }
                figures.add("unknown outcomes found not done (repeated)");
                continue;
            }
            // refused or failed: done only if an earlier attempt whose outcome was unknown did it after all
            boolean closed = !taskOpen(taskId);
            if (closed && attempt > 0) {
                figures.add("failed requests found done (not repeated)");
                return;
            }
            if (closed) {
                throw new AssertionError(action + ": the task was closed by someone else: " + failed);
            }
            refuseUnexpected(failed, action + " on " + node.name());
            figures.add("requests failed with a server error", node);
        }
    }

    /** as the administrator, as in Cockpit: the job falls due now (a timer fires as if its time had come) */
    void fallDueNow(int lane, String jobId) {
        String now = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ").format(new Date());
        operate(lane, "/engine-rest/job/" + jobId + "/duedate", Map.of("duedate", now, "cascade", false), "move the due date of job " + jobId);
    }

    /** as the administrator, as in Cockpit: gives a failed job retries again, which resolves its incident */
    void retry(int lane, String jobId, int retries) {
        operate(lane, "/engine-rest/job/" + jobId + "/retries", Map.of("retries", retries), "set the retries of job " + jobId);
    }

    /** a read as the administrator through any serving node */
    NodeCall.Response read(int lane, String path) {
        return read(lane, ADMIN, path);
    }

    /**
     * As the administrator, as in the record's REST API: signs a checkpoint of the log now through
     * any serving node; the checkpoint (the latest, when the log did not grow). Issuing is
     * idempotent (one checkpoint per tree size): a request whose outcome is unknown is repeated.
     */
    Map<String, Object> issueCheckpoint(int lane) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                checkDeadline(deadline, "issue a checkpoint");
                AppNode.pause(RETRY_PAUSE);
            }
            AppNode node = route(lane, attempt, deadline, "issue a checkpoint");
            try {
                NodeCall.Response response = NodeCall.post(node, ADMIN, "/api/record/checkpoints", Map.of());
                if (response.ok()) {
                    figures.add("checkpoints issued on demand (REST as admin)", node);
                    return response.json();
                }
                refuseUnexpected(response, "issue a checkpoint on " + node.name());
            } catch (NodeCall.Unreachable | NodeCall.OutcomeUnknown e) {
                figures.add("requests sent to another node (node unreachable)");
            }
        }
    }

    /** a read as the user (null: anonymous) through any serving node */
    NodeCall.Response read(int lane, String user, String path) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                checkDeadline(deadline, "read " + path);
                AppNode.pause(RETRY_PAUSE);
            }
            AppNode node = route(lane, attempt, deadline, "read " + path);
            try {
                NodeCall.Response response = NodeCall.get(node, user, path);
                if (response.ok()) {
                    return response;
                }
                refuseUnexpected(response, "read " + path + " on " + node.name());
            } catch (NodeCall.Unreachable | NodeCall.OutcomeUnknown e) {
                figures.add("requests sent to another node (node unreachable)");
            }
        }
    }

    /** an idempotent PUT as the administrator, repeated on another node until it is answered */
    private void operate(int lane, String path, Object body, String action) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        for (int attempt = 0; ; attempt++) {
            if (attempt > 0) {
                checkDeadline(deadline, action);
                AppNode.pause(RETRY_PAUSE);
            }
            AppNode node = route(lane, attempt, deadline, action);
            try {
                NodeCall.Response response = NodeCall.put(node, ADMIN, path, body);
                if (response.ok()) {
                    figures.add("operator actions (REST as admin)", node);
                    return;
                }
                refuseUnexpected(response, action + " on " + node.name());
            } catch (NodeCall.Unreachable | NodeCall.OutcomeUnknown e) {
                figures.add("requests sent to another node (node unreachable)");
            }
        }
    }

    /** the case number of the case with the title, if it was registered */
    Optional<String> caseWithTitle(String title) {
        List<Map<String, Object>> rows = database.rows("SELECT case_number FROM enforcement_case WHERE title = ?", title);
        if (rows.size() > 1) {
            throw new AssertionError(rows.size() + " cases registered with the title " + title);
        }
        return rows.stream().map(r -> (String) r.get("case_number")).findFirst();
    }

    boolean taskOpen(String taskId) {
        return database.count("SELECT COUNT(*) FROM ACT_RU_TASK WHERE ID_ = ?", taskId) == 1;
    }

    /** after a broken connection: once the request can no longer commit, whether it registered the case */
    private Optional<String> awaitRegistration(String title, AppNode node) {
        long until = System.nanoTime() + GRACE.toNanos();
        while (true) {
            Optional<String> registered = caseWithTitle(title);
            if (registered.isPresent() || !node.serving() || System.nanoTime() > until) {
                return registered;
            }
            AppNode.pause(RETRY_PAUSE);
        }
    }

    private boolean awaitTaskClosed(String taskId, AppNode node) {
        long until = System.nanoTime() + GRACE.toNanos();
        while (true) {
            boolean closed = !taskOpen(taskId);
            if (closed || !node.serving() || System.nanoTime() > until) {
                return closed;
            }
            AppNode.pause(RETRY_PAUSE);
        }
    }

    /** the lane's node for this attempt; later attempts go round the nodes; a node that is not serving is skipped */
    private AppNode route(int lane, int attempt, long deadline, String action) {
        while (true) {
            for (int i = 0; i < nodes.size(); i++) {
                AppNode node = nodes.get(Math.floorMod(lane + attempt + i, nodes.size()));
                if (node.serving()) {
                    if (i > 0) {
                        figures.add("requests sent to another node (node down)");
                    }
                    return node;
                }
            }
            checkDeadline(deadline, action + ": no node serving");
            AppNode.pause(RETRY_PAUSE);
        }
    }

    /** a refusal (400, 401, 403) is a mistake of the test or a bug: fail; server errors may be retried */
    private static void refuseUnexpected(NodeCall.Response response, String action) {
        if (response.status() < 500) {
            throw new AssertionError(action + " refused: " + response);
        }
    }

    private static void checkDeadline(long deadline, String action) {
        if (System.nanoTime() > deadline) {
            throw new AssertionError(action + " did not succeed within " + PATIENCE);
        }
    }
}
