package org.sanxiang.bench.driver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's sizes and places, from the command line (benchmark/README.md lists them).
 * {@code --quick} gives the small sizes of a look that takes a few minutes.
 */
record Settings(Path projectJar, Path bareJar, Path report, String dbAdminUrl, String dbRootUser, String dbRootPassword,
                int statementCases, int cases, int threads, List<Integer> openTasks, int queries, int timers,
                int queryTimeoutSeconds, boolean quick, boolean keepDatabases, List<String> apps, String note, List<String> phases) {

    static Settings parse(String[] args) {
        boolean quick = false;
        Path project = null;
        Path bare = null;
        Path report = Path.of("docs/benchmarks.md");
        Integer statementCases = null;
        Integer cases = null;
        int threads = 4;
        List<Integer> openTasks = null;
        Integer queries = null;
        Integer timers = null;
        int queryTimeout = 600;
        boolean keep = false;
        List<String> apps = List.of("project", "bare");
        String note = null;
        List<String> phases = List.of("statements", "throughput", "timers", "task-query");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "--quick" -> quick = true;
                case "--keep-databases" -> keep = true;
                case "--statements-only" -> phases = List.of("statements");
                case "--apps" -> apps = List.of(value.split(","));
                case "--note" -> note = value;
                case "--phases" -> phases = List.of(value.split(","));
                case "--project-jar" -> project = Path.of(value);
                case "--bare-jar" -> bare = Path.of(value);
                case "--report" -> report = Path.of(value);
                case "--statement-cases" -> statementCases = Integer.parseInt(value);
                case "--cases" -> cases = Integer.parseInt(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--open-tasks" -> openTasks = parseList(value);
                case "--queries" -> queries = Integer.parseInt(value);
                case "--timers" -> timers = Integer.parseInt(value);
                case "--query-timeout" -> queryTimeout = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + " (see benchmark/README.md)");
            }
        }
        if (project == null || bare == null) {
            throw new IllegalArgumentException("--project-jar=... and --bare-jar=... are required (benchmark/run.sh sets them)");
        }
        return new Settings(project, bare, report,
            env("TEST_DB_ADMIN_URL", "jdbc:mariadb://127.0.0.1:3306/"), env("TEST_DB_USER", "root"), env("TEST_DB_PASSWORD", ""),
            statementCases != null ? statementCases : quick ? 2 : 10,
            cases != null ? cases : quick ? 20 : 100,
            threads,
            openTasks != null ? openTasks : quick ? List.of(1000) : List.of(1000, 10000, 100000),
            queries != null ? queries : quick ? 10 : 20,
            timers != null ? timers : quick ? 500 : 10000,
            queryTimeout, quick, keep, apps, note, phases);
    }

    String sizes() {
        return "phases " + phases + ", statement cases " + statementCases + ", throughput cases " + cases + " at " + threads + " client threads, open tasks "
            + openTasks + " (" + queries + " queries per role and size), overdue timers " + timers;
    }

    private static List<Integer> parseList(String value) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : value.split(",")) {
            sizes.add(Integer.parseInt(part.trim()));
        }
        return sizes;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
