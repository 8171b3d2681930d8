package org.sanxiang.bench.driver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The benchmark (benchmark/README.md): the project and the bare Camunda application, one after the
 * other, each started from its jar on its own fresh MariaDB database with its own database user,
 * driven the same way over REST; prints one table of ratios and appends it to docs/benchmarks.md.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.parse(args);
        Db db = new Db(settings);
        Path work = Path.of("target", "bench-work").toAbsolutePath();
        Files.createDirectories(work);
        System.out.println("benchmark: " + settings.sizes());
        db.enableUserstat();
        Runtime.getRuntime().addShutdownHook(new Thread(db::restoreUserstat));
        long pid = ProcessHandle.current().pid();
        Phases.Figures project = new Phases.Figures();
        Phases.Figures bare = new Phases.Figures();
        try (MailServer mail = new MailServer()) {
            if (settings.apps().contains("project")) {
                project = measure(settings, db, mail, App.project(settings.projectJar(), "bench_project_" + pid, work));
            }
            if (settings.apps().contains("bare")) {
                bare = measure(settings, db, mail, App.bare(settings.bareJar(), "bench_bare_" + pid, work));
            }
        } finally {
            db.restoreUserstat();
        }
        Report report = new Report(settings, db, project, bare);
        String table = report.markdown();
        System.out.println();
        System.out.println(table);
        report.append(settings.report());
        System.out.println("appended to " + settings.report());
    }

    private static Phases.Figures measure(Settings settings, Db db, MailServer mail, App app) throws Exception {
        System.out.println("== " + app.label + " (database " + app.database + ", log " + app.log() + ")");
        Phases.Figures figures = new Phases.Figures();
        Phases phases = new Phases(settings, db);
        db.createAppDatabase(app.database);
        try {
            Duration start = app.startAndAwaitFirstAnswer(db.serverUrl(), mail.port);
            figures.put("start to first HTTP answer (s)", start.toMillis() / 1000.0);
            Driving driving = new Driving(app, new Rest(app.baseUrl(), Duration.ofSeconds(settings.queryTimeoutSeconds())));
            phases.statements(driving, figures);
            if (!settings.statementsOnly()) {
                phases.throughput(driving, figures);
                phases.timers(driving, figures, mail);
                new TaskQueries(settings, db).measure(driving, figures);
            }
            return figures;
        } finally {
            app.stop();
            if (!settings.keepDatabases()) {
                db.dropAppDatabase(app.database);
            }
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
