package org.sanxiang.catalogadmin;

import java.lang.management.ManagementFactory;

/**
 * For the benchmark: wall time and the process's CPU time (every thread of the JVM, garbage
 * collection and compilation included) since it was started, so that a figure taken on a loaded
 * machine can still be read: CPU-seconds do not grow with the other processes' load, wall seconds do.
 */
final class Clock {

    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long wall = System.nanoTime();
    private final long cpu = OS.getProcessCpuTime();

    static Clock start() {
        return new Clock();
    }

    double wallMillis() {
        return (System.nanoTime() - wall) / 1e6;
    }

    double cpuMillis() {
        return (OS.getProcessCpuTime() - cpu) / 1e6;
    }

    /** evaluations per wall second, and per CPU-second of the process */
    String rate(int count) {
        double wallMillis = wallMillis();
        double cpuMillis = cpuMillis();
        return String.format("%,10.0f evaluations/s  (%,8.0f ms wall, %,8.0f ms CPU: %,10.0f per CPU-second)", count * 1000 / wallMillis,
            wallMillis, cpuMillis, count * 1000 / Math.max(cpuMillis, 0.001));
    }
}
