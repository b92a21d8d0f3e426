package org.seatwise.bench.startup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.seatwise.system.SeatwiseSystem;
import org.seatwise.system.SeatwiseSystem.Part;

/**
 * The JVMs a {@link SeatwiseSystem} started, found among this process's children by their jar: their
 * resident memory, and each service's start time (stopped, started again alone, until ready).
 */
public final class ServiceProcesses {

    /** A service's resident set after the work, and its start times to ready. */
    public record Figures(Part part, long rssBytes, List<Double> secondsToReady, List<Double> quarkusStartedIn) {
    }

    private static final java.time.Duration PROBE_EVERY = java.time.Duration.ofMillis(25);
    private static final Pattern STARTED_IN = Pattern.compile("started in ([0-9.]+)s");

    private ServiceProcesses() {
    }

    public static String module(Part part) {
        return part == Part.GATEWAY ? "gateway" : part.name().toLowerCase() + "-service";
    }

    public static ProcessHandle process(SeatwiseSystem system, Part part) {
        return system.process(part);
    }

    /** VmRSS of a Linux process, in bytes. */
    public static long rss(ProcessHandle process) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
            }
        }
        throw new IllegalStateException("no VmRSS for " + process.pid());
    }

    /**
     * Stops the service and starts it again alone, {@code times} times; the wall time from starting
     * the JVM to its first 200 from /q/health/ready (probed every 25 ms: at the system's usual 300 ms a start
     * read as up to 0.3 s longer than it was), and Quarkus's own "started in" from the log.
     */
    public static Figures measure(SeatwiseSystem system, Part part, int times) throws Exception {
        long rss = rss(process(system, part));
        List<Double> ready = new java.util.ArrayList<>();
        List<Double> quarkus = new java.util.ArrayList<>();
        Path log = system.root().resolve("system-tests/target/e2e-logs/" + module(part) + ".log");
        for (int i = 0; i < times; i++) {
            system.stop(part, false);
            long start = System.nanoTime();
            system.restart(part, PROBE_EVERY);
            ready.add((System.nanoTime() - start) / 1e9);
            Matcher m = STARTED_IN.matcher(Files.readString(log));
            Double last = null;
            while (m.find()) {
                last = Double.parseDouble(m.group(1));
            }
            quarkus.add(last);
        }
        return new Figures(part, rss, ready, quarkus);
    }
}
