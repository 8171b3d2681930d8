package org.sanxiang.bench.driver;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One application under test: a packaged Spring Boot jar in its own JVM on its own port, on its own
 * fresh database with its own database user, mail to the benchmark's SMTP server. Both applications
 * get the same JVM options and the same job-executor settings.
 */
final class App {

    static final List<String> JVM = List.of("-Xmx768m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8");

    final String label;
    final String database;
    final int port;
    private final Path jar;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    App(String label, String database, Path jar, List<String> arguments, Path workDirectory) {
        this.label = label;
        this.database = database;
        this.port = freePort();
        this.jar = jar;
        this.arguments = arguments;
        this.log = workDirectory.resolve(database + ".log");
    }

    /** the project: profiles mariadb and demo (the demo users, password demo, and the demo's sample cases) */
    static App project(Path jar, String database, Path work) {
        return new App("project", database, jar, List.of("--spring.profiles.active=mariadb,demo",
            "--sanxiang.mail.calendar-check-cron=-",
            "--sanxiang.signing.keystore-path=" + work.resolve(database + "-signing.p12"),
            "--sanxiang.signing.keystore-password=bench-signing"), work);
    }

    static App bare(Path jar, String database, Path work) {
        return new App("bare", database, jar, List.of(), work);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    /** starts the JVM and waits for the first authenticated answer of the REST API; returns how long that took */
    Duration startAndAwaitFirstAnswer(String dbServerUrl, int smtpPort) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
            // both job executors look for due jobs at least every 2 s (timers moved due by the benchmark). The idle
            // wait starts at wait-time-in-millis and doubles up to max-wait: a max-wait below the wait time (default
            // 5 s) makes Camunda's backoff never wait, and the idle job acquisition spins (~130 queries/s here)
            "--camunda.bpm.job-execution.wait-time-in-millis=500",
            "--camunda.bpm.job-execution.max-wait=2000",
            "--logging.level.root=WARN"));
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of("DB_URL", dbServerUrl + database, "DB_USER", database, "DB_PASSWORD", "bench",
                "SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", Integer.toString(smtpPort)));
            long start = System.nanoTime();
            process = builder.start();
            Process started = process;
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/task/count"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("handler1:demo".getBytes(UTF_8)))
                .timeout(Duration.ofSeconds(10)).GET().build();
            long until = start + Duration.ofMinutes(10).toNanos();
            while (System.nanoTime() < until) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(label + " exited while starting; see " + log);
                }
                try {
                    if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return Duration.ofNanos(System.nanoTime() - start);
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Bench.pause(100);
            }
            throw new IllegalStateException(label + " did not answer within 10 minutes; see " + log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
