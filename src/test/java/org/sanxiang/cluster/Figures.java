package org.sanxiang.cluster;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/** The figures of a cluster or fault test (counters and durations), printed as one block at its end. */
final class Figures {

    private final String title;
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();
    private final Map<String, String> facts = new ConcurrentSkipListMap<>();
    private final long start = System.nanoTime();

    Figures(String title) {
        this.title = title;
    }

    void add(String counter) {
        counters.computeIfAbsent(counter, c -> new LongAdder()).increment();
    }

    void add(String counter, AppNode node) {
        add(counter + " @" + node.name());
        add(counter);
    }

    long get(String counter) {
        LongAdder adder = counters.get(counter);
        return adder == null ? 0 : adder.sum();
    }

    void note(String fact, Object value) {
        facts.put(fact, String.valueOf(value));
    }

    void note(String fact, Duration duration) {
        note(fact, String.format("%.1f s", duration.toMillis() / 1000.0));
    }

    void print() {
        StringBuilder block = new StringBuilder();
        block.append("\n==================== ").append(title).append(" ====================\n");
        new TreeMap<>(counters).forEach((name, value) -> block.append(String.format("  %-72s %8d%n", name, value.sum())));
        facts.forEach((name, value) -> block.append(String.format("  %-72s %8s%n", name, value)));
        block.append(String.format("  %-72s %8s%n", "runtime of the test", String.format("%.1f s", (System.nanoTime() - start) / 1e9)));
        block.append("=".repeat(42 + title.length())).append('\n');
        System.out.print(block);
        System.out.flush();
    }
}
