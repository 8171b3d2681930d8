package org.sanxiang.cluster;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One application node: the packaged Spring Boot jar in its own JVM on its own port, on the shared
 * database, with its job executor on. Started with {@code java -jar}, killed with SIGKILL, restarted
 * on the same port. Its output goes to {@code target/cluster-logs/<database>-<node>.log}.
 *
 * <p>The node runs the jar's own configuration with the profiles {@code mariadb} (the database from
 * {@code DB_URL}/{@code DB_USER}/{@code DB_PASSWORD}) and {@code test} (in the jar, {@code test} only
 * creates the demo users, password {@code demo}; the demo profile's sample cases are not created).
 * The settings for the test are command-line properties, listed in {@link #command()}: the job
 * executor on, the node's name as the engine's host name, a lock time of 30 s, an administrator
 * {@code admin}, one signing key for all nodes of a database, and the mail server and retries of
 * the test.
 */
final class AppNode {

    /** a node started on a loaded machine (2 shared cores) may need minutes */
    static final Duration STARTUP_PATIENCE = Duration.ofMinutes(8);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int SIGKILL_EXIT = 128 + 9;
    /** the password of the cluster's keystore (one agency key for all nodes of a database) */
    static final String KEYSTORE_PASSWORD = "cluster-signing";
    private static final HttpClient PROBE = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final ClusterDatabase database;
    private final List<String> extraProperties;
    private final Path log;
    private volatile Process process;
    private volatile boolean serving;
    private final java.util.concurrent.atomic.AtomicInteger writesUnderWay = new java.util.concurrent.atomic.AtomicInteger();
    private int starts;

    AppNode(String name, ClusterDatabase database, List<String> extraProperties) {
        this.name = name;
        this.port = freePort();
        this.database = database;
        this.extraProperties = List.copyOf(extraProperties);
        this.log = Paths.get("target", "cluster-logs", database.name() + "-" + name + ".log").toAbsolutePath();
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** whether the test routes requests to this node: it answered as ready and was not killed since */
    boolean serving() {
        return serving;
    }

    /** the client's POST requests to this node sent and not yet answered */
    java.util.concurrent.atomic.AtomicInteger writesUnderWay() {
        return writesUnderWay;
    }

    Path log() {
        return log;
    }

    /** the agency's keystore the nodes of the database share: the first node generates it */
    Path keystore() {
        return log.getParent().resolve(database.name() + "-signing.p12");
    }

    void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "==== start " + (starts + 1) + " of " + name + ": " + String.join(" ", command()) + "\n", UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command())
                .directory(log.getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(Map.of("DB_URL", database.url(), "DB_USER", ClusterDatabase.user(),
                "DB_PASSWORD", ClusterDatabase.password()));
            process = builder.start();
            starts++;
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    /** waits until the node answers an authenticated REST call that reads the database; returns how long that took */
    Duration awaitReady() {
        long start = System.nanoTime();
        long deadline = start + STARTUP_PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + " while starting; log " + log + ":\n" + logTail(40));
            }
            if (answers()) {
                serving = true;
                return Duration.ofNanos(System.nanoTime() - start);
            }
            pause(POLL);
        }
        throw new AssertionError(name + " not ready within " + STARTUP_PATIENCE + "; log " + log + ":\n" + logTail(40));
    }

    /** whether the node answers {@code GET /engine-rest/task/count} as handler1 right now */
    boolean answers() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/task/count"))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("handler1:demo".getBytes(UTF_8)))
            .GET().build();
        try {
            return PROBE.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kills the node's JVM with SIGKILL ({@link Process#destroyForcibly()} on Linux): no shutdown hook,
     * no graceful stop, open transactions and connections die with it. Returns the exit status, which
     * the caller checks is 137 (128 + SIGKILL).
     */
    int kill() {
        serving = false;
        Process running = process;
        running.destroyForcibly();
        int status = waitForExit(running, Duration.ofSeconds(60));
        if (status != SIGKILL_EXIT) {
            throw new AssertionError(name + " did not die of SIGKILL: exit status " + status);
        }
        return status;
    }

    /** stops the node gracefully (SIGTERM), forcibly if it does not stop within a minute */
    void stop() {
        serving = false;
        Process running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        try {
            if (!running.waitFor(60, TimeUnit.SECONDS)) {
                running.destroyForcibly();
                running.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }

    long pid() {
        return process.pid();
    }

    /** how many lines of the node's log (all its starts) contain the text */
    long logLines(String containing) {
        try (Stream<String> all = Files.lines(log, UTF_8)) {
            return all.filter(line -> line.contains(containing)).count();
        } catch (IOException | UncheckedIOException e) {
            return -1;
        }
    }

    String logTail(int lines) {
        try (Stream<String> all = Files.lines(log, UTF_8)) {
            List<String> kept = new ArrayList<>();
            all.forEach(line -> {
                kept.add(line);
                if (kept.size() > lines) {
                    kept.remove(0);
                }
            });
            return String.join("\n", kept);
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private List<String> command() {
        List<String> command = new ArrayList<>(List.of(
            Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
            "-jar", jar().toString(),
            "--server.port=" + port,
            "--spring.profiles.active=mariadb,test",
            "--camunda.bpm.job-execution.enabled=true",
            // the engine's host name goes into the job log (ACT_HI_JOB_LOG.HOSTNAME_): which node ran which job
            "--camunda.bpm.generic-properties.properties.hostname=" + name,
            // a killed node's locked jobs are taken over after 30 s instead of 5 min
            "--camunda.bpm.job-execution.lock-time-in-millis=30000",
            // an idle job executor looks for due jobs at least every 5 s (timers moved due by the test)
            "--camunda.bpm.job-execution.max-wait=5000",
            // an operator for Cockpit's actions over REST (moving a timer's due date, retrying a job)
            "--camunda.bpm.admin-user.id=admin",
            "--camunda.bpm.admin-user.password=" + Traffic.ADMIN_PASSWORD,
            "--sanxiang.mail.calendar-check-cron=-",
            // outside the demo profile the application refuses to start without the agency's name (AgencyNameCheck)
            "--sanxiang.agency-name=某市市场监督管理局（集群测试）",
            // one agency key for the cluster's written opinions: the first node generates it, the others load it
            "--sanxiang.signing.keystore-path=" + keystore(),
            "--sanxiang.signing.keystore-password=" + KEYSTORE_PASSWORD,
            "--sanxiang.signing.generate-if-missing=true",
            "--logging.level.root=WARN",
            "--logging.level.org.sanxiang=INFO",
            "--logging.level.org.springframework.boot.web.embedded.tomcat=INFO"));
        command.addAll(extraProperties);
        return command;
    }

    /** the packaged application: system property {@code cluster.jar} (set by the Maven profile), else the jar in target/ */
    static Path jar() {
        String configured = System.getProperty("cluster.jar");
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath();
        }
        try (Stream<Path> files = Files.list(Paths.get("target"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no application jar in target/: run mvn package first"))
                .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int waitForExit(Process running, Duration patience) {
        try {
            if (!running.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("process " + running.pid() + " still alive " + patience + " after the kill");
            }
            return running.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
