package org.seatwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.seatwise.bench.load.GatewayBenchmark;
import org.seatwise.bench.propagation.PropagationBenchmark;
import org.seatwise.bench.report.CostCurvePlot;
import org.seatwise.bench.startup.ServiceProcesses;
import org.seatwise.system.SeatwiseSystem;
import org.seatwise.system.SeatwiseSystem.Part;

/**
 * Entry point of bench/run.sh: {@code propagation [runs] [sizes]} (then start time and memory of
 * each service after the largest bulletin) or {@code gateway [runs] [seconds]}. Prints each run, then
 * a Markdown table of medians, also written to {@code bench/target/results/}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length > 0 ? args[0] : "propagation";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        StringBuilder report = new StringBuilder("<!-- bench/run.sh " + String.join(" ", args) + " at " + Instant.now()
                + "; " + Runtime.getRuntime().availableProcessors() + " cores -->\n");
        switch (what) {
            case "propagation" -> {
                List<Integer> sizes = args.length > 2 ? Arrays.stream(args[2].split(",")).map(Integer::valueOf).toList()
                        : List.of(20, 3_500, 10_000, 100_000);
                propagation(runs, sizes, report);
            }
            case "gateway" -> gateway(runs, Duration.ofSeconds(args.length > 2 ? Integer.parseInt(args[2]) : 30), report);
            default -> throw new IllegalArgumentException("bench/run.sh propagation|gateway [runs] [sizes|seconds]");
        }
        System.out.println(report);
        Path out = Path.of(System.getProperty("seatwise.root", ".")).resolve("bench/target/results/" + what + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("written " + out);
        System.exit(0); // the HTTP and Kafka clients' threads must not keep the JVM alive
    }

    private static void propagation(int runs, List<Integer> sizes, StringBuilder report) throws Exception {
        // The Table 2 roll seed stays off: the benchmark posts every roll itself.
        SeatwiseSystem system = new SeatwiseSystem(Map.of("seatwise.seed.roll", "false"));
        try (system) { // closed also when a service fails to start: no JVM is left behind
            system.start();
            report.append(databaseSettings(system));
            PropagationBenchmark bench = new PropagationBenchmark(system, sizes.stream().max(Integer::compare).orElseThrow());
            double registration = bench.registerUnits();
            System.out.printf("units announced and known to election-service and model-service in %.1f s%n", registration);
            Profiler profiler = Profiler.fromEnvironment(system);
            profiler.start();
            int warmUps = Integer.parseInt(System.getenv().getOrDefault("SEATWISE_BENCH_WARMUPS", "2"));
            List<PropagationBenchmark.Run> all = bench.run(sizes, runs, warmUps);
            profiler.stop();
            report.append(String.format("Units announced (census events) and known downstream in %.1f s (setup, not measured below); "
                    + "%d unmeasured warm-up bulletins of %,d units posted first (SEATWISE_BENCH_WARMUPS).%n%n", registration, warmUps,
                    PropagationBenchmark.warmUpSize(sizes)));
            report.append("| N | runs | upload (POST → 201) s | p50 ms | p95 ms | p99 ms | max ms | end to end s | units/s "
                    + "| floor: COPY s | floor: produce s | floor total s | ratio to floor | design floor s | ratio to design floor "
                    + "| missing |\n");
            report.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            List<double[]> p50 = new ArrayList<>(), p99 = new ArrayList<>(), max = new ArrayList<>(),
                    e2e = new ArrayList<>(), floor = new ArrayList<>(), designFloor = new ArrayList<>();
            for (int n : sizes) {
                List<PropagationBenchmark.Run> of = all.stream().filter(r -> r.n() == n).toList();
                double m50 = median(of, r -> r.latencies().percentileMs(50));
                double m99 = median(of, r -> r.latencies().percentileMs(99));
                double mMax = median(of, r -> r.latencies().maxMs());
                double mE2e = median(of, PropagationBenchmark.Run::endToEndSeconds);
                double mFloor = median(of, r -> r.floor().totalSeconds());
                double mDesignFloor = median(of, r -> r.designFloor().totalSeconds());
                report.append(String.format("| %,d | %d | %.2f | %.0f | %.0f | %.0f | %.0f | %.2f | %,.0f | %.2f | %.2f | %.2f | %.1f× "
                        + "| %.2f | %.1f× | %d |%n",
                        n, of.size(), median(of, PropagationBenchmark.Run::uploadSeconds), m50,
                        median(of, r -> r.latencies().percentileMs(95)), m99, mMax, mE2e,
                        median(of, PropagationBenchmark.Run::unitsPerSecond), median(of, r -> r.floor().copySeconds()),
                        median(of, r -> r.floor().produceSeconds()), mFloor, median(of, PropagationBenchmark.Run::ratioToFloor),
                        mDesignFloor, median(of, PropagationBenchmark.Run::ratioToDesignFloor),
                        of.stream().mapToInt(PropagationBenchmark.Run::missing).max().orElse(0)));
                p50.add(new double[] { n, m50 / 1000 });
                p99.add(new double[] { n, m99 / 1000 });
                max.add(new double[] { n, mMax / 1000 });
                e2e.add(new double[] { n, mE2e });
                floor.add(new double[] { n, mFloor });
                designFloor.add(new double[] { n, mDesignFloor });
            }
            Path png = system.root().resolve("docs/performance-propagation.png");
            new CostCurvePlot("Bulletin to recommendation events: cost against N (median of " + runs + " runs)")
                    .line("p50 after the 201", p50).line("p99 after the 201", p99).line("max after the 201", max)
                    .line("end to end (POST sent)", e2e).line("raw floor (COPY+produce)", floor)
                    .line("design floor", designFloor).write(png);
            report.append("\nPlot: ").append(system.root().relativize(png)).append("\n\n");
            report.append("| service | RSS after the last N=").append(String.format("%,d", sizes.get(sizes.size() - 1)))
                    .append(" run | start to ready s (each) | median | Quarkus \"started in\" s (each) |\n|---|---:|---|---:|---|\n");
            for (Part part : Part.values()) {
                ServiceProcesses.Figures f = ServiceProcesses.measure(system, part, 3);
                report.append(String.format("| %s | %.0f MB | %s | %.2f | %s |%n", ServiceProcesses.module(part),
                        f.rssBytes() / 1048576.0, f.secondsToReady().stream().map(s -> String.format("%.2f", s)).toList(),
                        median(f.secondsToReady()), f.quarkusStartedIn()));
            }
        }
    }

    private static void gateway(int runs, Duration each, StringBuilder report) throws Exception {
        // As shipped: the Kazakhstan seeds, the Table 2 roll included (20 recommendations per configuration).
        SeatwiseSystem system = new SeatwiseSystem(Map.of());
        try (system) {
            system.start();
            report.append(databaseSettings(system));
            awaitRecommendations(system);
            GatewayBenchmark bench = new GatewayBenchmark(system);
            List<GatewayBenchmark.Pair> all = new ArrayList<>();
            List<Integer> rates = List.of(100, 500, 1_000);
            for (int r = 0; r < runs; r++) {
                all.addAll(bench.run(rates, each));
            }
            report.append(String.format("Fixed rate (open loop, latency from each request's due time), %d s per rate, median of %d runs.%n%n",
                    each.toSeconds(), runs));
            report.append("| GET | rate/s | gateway p50 ms | gateway p99 ms | gateway errors | model-service p50 ms | model-service p99 ms | model-service errors | gateway's own p99 ms |\n");
            report.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            Map<String, List<GatewayBenchmark.Pair>> byKey = new LinkedHashMap<>();
            all.forEach(p -> byKey.computeIfAbsent(p.path() + "|" + p.gateway().ratePerSecond(), k -> new ArrayList<>()).add(p));
            for (List<GatewayBenchmark.Pair> of : byKey.values()) {
                double g99 = median(of, p -> p.gateway().latencies().percentileMs(99));
                double d99 = median(of, p -> p.direct().latencies().percentileMs(99));
                report.append(String.format("| %s | %d | %.2f | %.2f | %d | %.2f | %.2f | %d | %.2f |%n", of.get(0).path(),
                        of.get(0).gateway().ratePerSecond(), median(of, p -> p.gateway().latencies().percentileMs(50)), g99,
                        of.stream().mapToInt(p -> p.gateway().errors()).sum(),
                        median(of, p -> p.direct().latencies().percentileMs(50)), d99,
                        of.stream().mapToInt(p -> p.direct().errors()).sum(), g99 - d99));
            }
        }
    }

    /** The server settings the figures depend on most: without autovacuum the outbox's dead rows pile up. */
    private static String databaseSettings(SeatwiseSystem system) throws java.sql.SQLException {
        StringBuilder line = new StringBuilder("PostgreSQL:");
        try (var c = system.connect(Part.MODEL); var s = c.createStatement()) {
            for (String setting : List.of("server_version", "autovacuum", "shared_buffers", "synchronous_commit")) {
                try (var r = s.executeQuery("SHOW " + setting)) {
                    r.next();
                    line.append(' ').append(setting).append('=').append(r.getString(1));
                }
            }
        }
        return line.append("\n\n").toString();
    }

    private static void awaitRecommendations(SeatwiseSystem system) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            var response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(system.url(Part.MODEL)
                    + GatewayBenchmark.PATHS.get(1))).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("model-service has no recommendation for KZ-61 after 3 minutes");
    }

    private static <T> double median(List<T> of, ToDoubleFunction<T> value) {
        return median(of.stream().map(value::applyAsDouble).toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().filter(v -> v != null && !v.isNaN()).sorted(Comparator.naturalOrder()).toList();
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int m = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
    }
}
