package org.seatwise.bench.propagation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.seatwise.bench.load.Latencies;
import org.seatwise.system.SeatwiseSystem;
import org.seatwise.system.SeatwiseSystem.Part;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bulletins of N units posted through the gateway; for every unit, the time from the 201 to the
 * arrival at a Kafka subscriber of the last of its recommendation events (one per active
 * configuration), beside the raw floor (COPY + produce of the same N rows) measured just before and the
 * {@link DesignFloor} (the same primitives for every row and record the design moves) just after.
 */
public final class PropagationBenchmark {

    /** One post of N units: latencies from the 201, the upload, end to end, and the floor. */
    public record Run(int n, int repetition, double uploadSeconds, Latencies latencies, int missing,
            double endToEndSeconds, RawFloor.Figures floor, DesignFloor.Figures designFloor) {

        public double unitsPerSecond() {
            return n / endToEndSeconds;
        }

        public double ratioToFloor() {
            return endToEndSeconds / floor.totalSeconds();
        }

        public double ratioToDesignFloor() {
            return endToEndSeconds / designFloor.totalSeconds();
        }
    }

    /** Active configurations in model-service (seatwise.recommendations.configurations): events per unit. */
    static final int EVENTS_PER_UNIT = 3;
    /** Size of a warm-up post: every council of Kazakhstan. */
    private static final int WARM_UP_UNITS = 3_500;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final SeatwiseSystem system;
    private final SyntheticKazakhstan geography;
    private int posts;

    public PropagationBenchmark(SeatwiseSystem system, int largest) throws Exception {
        this.system = system;
        this.geography = new SyntheticKazakhstan(system.root(), largest);
    }

    /** Announces every synthetic unit and waits until election-service and model-service know them all. */
    public double registerUnits() throws Exception {
        long start = System.nanoTime();
        CensusFeed.register(system, geography.units());
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The measured runs, after {@code warmUps} unmeasured posts of {@link #WARM_UP_UNITS} units (or the largest N if
     * smaller): a freshly started JVM interprets, then compiles, the code a bulletin runs, and the first bulletins of a
     * run measured that (3,500 units: p99 4.46 s cold, 2.91 and 2.37 s after). The warm-ups are printed, not tabled.
     */
    public List<Run> run(List<Integer> sizes, int repetitions, int warmUps) throws Exception {
        List<Run> runs = new ArrayList<>();
        String topic = system.topicPrefix() + "seatwise.recommendations.v1";
        try (RecommendationSubscriber subscriber = new RecommendationSubscriber(system.kafka(), topic)) {
            for (int w = 1; w <= warmUps; w++) {
                print("warm-up", once(subscriber, warmUpSize(sizes), 0), w);
            }
            for (int r = 1; r <= repetitions; r++) {
                for (int n : sizes) {
                    Run run = once(subscriber, n, r);
                    print("propagation", run, r);
                    runs.add(run);
                }
            }
        }
        return runs;
    }

    /** Units in a warm-up post: {@link #WARM_UP_UNITS}, or the largest N if smaller (no more units are registered). */
    public static int warmUpSize(List<Integer> sizes) {
        return Math.min(WARM_UP_UNITS, sizes.stream().max(Integer::compare).orElseThrow());
    }

    private static void print(String what, Run run, int number) {
        System.out.printf("%s N=%,d run %d: upload %.2f s, p50 %.0f ms, p99 %.0f ms, max %.0f ms, "
                + "end to end %.2f s (%,.0f units/s), missing %d; floor %.2f s (COPY %.2f + produce %.2f), ratio %.1f; "
                + "design floor %.2f s (+ COPY %.2f + produce %.2f + consume %.2f), ratio %.1f%n",
                what, run.n(), number, run.uploadSeconds(), run.latencies().percentileMs(50), run.latencies().percentileMs(99),
                run.latencies().maxMs(), run.endToEndSeconds(), run.unitsPerSecond(), run.missing(),
                run.floor().totalSeconds(), run.floor().copySeconds(), run.floor().produceSeconds(), run.ratioToFloor(),
                run.designFloor().totalSeconds(), run.designFloor().copySeconds(), run.designFloor().produceSeconds(),
                run.designFloor().consumeSeconds(), run.ratioToDesignFloor());
    }

    private Run once(RecommendationSubscriber subscriber, int n, int repetition) throws Exception {
        int post = ++posts;
        // Every post shifts every roll by its number: each unit's figure changes, so each gets new recommendations.
        String csv = geography.bulletinCsv(n, post);
        String floorTopic = system.topicPrefix() + "bench.floor." + post;
        RawFloor.Figures floor = RawFloor.measure(system, csv, n, floorTopic);
        List<String> codes = geography.units().subList(0, n).stream().map(SyntheticKazakhstan.Unit::code).toList();
        String url = system.url(Part.GATEWAY) + "/api/v1/bulletins?issuer=" + "seatwise%20bench" + "&rollDate="
                + LocalDate.of(2024, 1, 1).plusDays(post) + "&title=N%3D" + n;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + system.analystToken())
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build();
        long sent = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        long created = System.nanoTime();
        if (response.statusCode() != 201) {
            throw new IllegalStateException("bulletin of " + n + " units: " + response.statusCode() + " " + response.body());
        }
        JsonNode body = Kafka.JSON.readTree(response.body());
        Map<String, Long> arrived = subscriber.await(body.get("id").asText(), codes, EVENTS_PER_UNIT, Duration.ofMinutes(10));
        long[] latencies = arrived.values().stream().mapToLong(t -> Math.max(0, t - created)).toArray();
        long last = arrived.values().stream().mapToLong(Long::longValue).max().orElse(created);
        // After the post, not before: its 3N rows and records would otherwise load the disk and the broker under it.
        DesignFloor.Figures designFloor = DesignFloor.measure(system, codes, EVENTS_PER_UNIT, floorTopic, floor);
        return new Run(n, repetition, (created - sent) / 1e9, new Latencies(latencies), n - arrived.size(),
                (last - sent) / 1e9, floor, designFloor);
    }
}
