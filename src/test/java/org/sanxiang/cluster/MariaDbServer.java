package org.sanxiang.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local MariaDB server, stopped and started again for the database-restart fault. Stopped with
 * {@code mariadb-admin shutdown}, started with
 * {@code start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd}, as on this
 * machine's set-up. The server is shared: the outage is kept short and the server is always started
 * again ({@link #ensureRunning()} in a finally block).
 */
final class MariaDbServer {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(200);

    private MariaDbServer() {
    }

    /** shuts the server down; returns when it no longer answers */
    static void shutdown() {
        List<String> command = new ArrayList<>(List.of("mariadb-admin", "--protocol=tcp", "-h127.0.0.1", "-P3306",
            "-u" + ClusterDatabase.user()));
        if (!ClusterDatabase.password().isEmpty()) {
            command.add("-p" + ClusterDatabase.password());
        }
        command.add("shutdown");
        run(command);
        awaitAnswering(false);
    }

    /** starts the server; returns when it answers queries */
    static void start() {
        run(List.of("start-stop-daemon", "--start", "--oknodo", "--background", "--exec", "/usr/sbin/mariadbd"));
        awaitAnswering(true);
    }

    /** starts the server unless it answers */
    static void ensureRunning() {
        if (!ClusterDatabase.serverAnswers()) {
            start();
        }
    }

    private static void awaitAnswering(boolean answering) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (ClusterDatabase.serverAnswers() != answering) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the MariaDB server did not " + (answering ? "start" : "stop") + " within " + PATIENCE);
            }
            AppNode.pause(POLL);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish within " + PATIENCE);
            }
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "): " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
