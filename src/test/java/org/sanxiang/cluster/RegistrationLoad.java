package org.sanxiang.cluster;

import static org.sanxiang.CaseFixture.majorFacts;
import static org.sanxiang.CaseFixture.with;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.sanxiang.EngineRest;

/**
 * A steady load of case registrations on both nodes, each sent once and never repeated, each
 * outcome kept: acknowledged (200 with its case number) or failed (status or broken connection).
 * What the database holds afterwards is checked against these outcomes.
 */
final class RegistrationLoad {

    /** one registration: the case's unique title, the node, when it was sent and answered, and how */
    record Outcome(String title, AppNode node, long sentAt, long answeredAt, String caseNumber, String failure) {

        boolean acknowledged() {
            return caseNumber != null;
        }
    }

    /** how the titles of the load's cases begin */
    static final String TITLE = "数据库重启测试案件";
    private static final String START_FORM = "/engine-rest/process-definition/key/enforcement-case/submit-form";

    private final List<AppNode> nodes;
    private final int threads;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    private final List<Thread> workers = new ArrayList<>();

    RegistrationLoad(List<AppNode> nodes, int threads) {
        this.nodes = nodes;
        this.threads = threads;
    }

    void start() {
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(this::registerUntilStopped, "registration-load-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
    }

    /** stops sending and waits for the requests under way to be answered */
    void stop() {
        stopping.set(true);
        for (Thread worker : workers) {
            try {
                worker.join(NodeCall.REQUEST_TIMEOUT.plusSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (worker.isAlive()) {
                throw new AssertionError(worker.getName() + " still running");
            }
        }
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes.values());
    }

    /** registrations acknowledged by the node that were sent after the moment (System.nanoTime) */
    long acknowledgedSince(AppNode node, long since) {
        return outcomes.values().stream().filter(o -> o.acknowledged() && o.node() == node && o.sentAt() >= since).count();
    }

    long acknowledged() {
        return outcomes.values().stream().filter(Outcome::acknowledged).count();
    }

    long failedSince(AppNode node, long since) {
        return outcomes.values().stream().filter(o -> !o.acknowledged() && o.node() == node && o.answeredAt() >= since).count();
    }

    private void registerUntilStopped() {
        while (!stopping.get()) {
            int number = sent.incrementAndGet();
            AppNode node = nodes.get(number % nodes.size());
            String title = String.format("%s %05d", TITLE, number);
            Map<String, Object> facts = with(majorFacts(), "caseTitle", title, "handlers", number % 2 == 0 ? "handler1,handler2" : "handler2,handler1");
            long sentAt = System.nanoTime();
            String caseNumber = null;
            String failure = null;
            try {
                NodeCall.Response response = NodeCall.post(node, "handler1", START_FORM, EngineRest.variables(facts));
                if (response.status() == 200) {
                    caseNumber = (String) response.json().get("businessKey");
                } else {
                    failure = "HTTP " + response.status();
                }
            } catch (NodeCall.Unreachable e) {
                failure = "unreachable";
            } catch (NodeCall.OutcomeUnknown e) {
                failure = "connection broke";
            }
            outcomes.put(title, new Outcome(title, node, sentAt, System.nanoTime(), caseNumber, failure));
            if (failure != null) {
                AppNode.pause(Duration.ofMillis(200));
            }
        }
    }
}
