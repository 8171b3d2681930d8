package org.sanxiang.bench.driver;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** The table of ratios (project / bare), with the date, the machine and the sizes of the run. */
final class Report {

    private final Settings settings;
    private final Db db;
    private final Phases.Figures project;
    private final Phases.Figures bare;

    Report(Settings settings, Db db, Phases.Figures project, Phases.Figures bare) {
        this.settings = settings;
        this.db = db;
        this.project = project;
        this.bare = bare;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("### ").append(settings.quick() ? "Quick run" : "Run").append(", ")
            .append(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
            .append(" (Beijing time)\n\n");
        if (settings.note() != null && !settings.note().isBlank()) {
            out.append(settings.note()).append("\n\n");
        }
        out.append("Machine: ").append(machine()).append("  \n");
        out.append("Sizes: ").append(settings.sizes()).append("\n\n");
        out.append("| figure | project | bare | ratio |\n|---|---:|---:|---:|\n");
        Set<String> names = new LinkedHashSet<>(project.values.keySet());
        names.addAll(bare.values.keySet());
        for (String name : names) {
            Double p = project.values.get(name);
            Double b = bare.values.get(name);
            out.append("| ").append(name).append(" | ").append(format(p)).append(" | ").append(format(b)).append(" | ")
                .append(p == null || b == null || b == 0 || p.isInfinite() || b.isInfinite() ? "" : String.format(Locale.ROOT, "%.2f", p / b))
                .append(" |\n");
        }
        return out.toString();
    }

    void append(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, "\n" + markdown(), UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private String machine() {
        long memoryKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memoryKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            memoryKb = 0;
        }
        return Runtime.getRuntime().availableProcessors() + " CPUs (nproc), " + (memoryKb / 1024 / 1024) + " GiB memory, MariaDB "
            + db.text("SELECT VERSION()") + ", Java " + System.getProperty("java.version") + ", JVM options " + String.join(" ", App.JVM);
    }

    private static String format(Double value) {
        if (value == null) {
            return "";
        }
        if (value.isInfinite()) {
            return "timeout (> " + "query timeout)";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e12 ? String.format(Locale.ROOT, "%.0f", value)
            : String.format(Locale.ROOT, "%.2f", value);
    }
}
