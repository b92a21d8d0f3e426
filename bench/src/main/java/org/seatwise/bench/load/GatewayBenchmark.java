package org.seatwise.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.seatwise.system.SeatwiseSystem;
import org.seatwise.system.SeatwiseSystem.Part;

/**
 * Reads at fixed rates through the gateway and, beside each, the same request sent straight to
 * model-service: the difference is the gateway's own cost.
 */
public final class GatewayBenchmark {

    /** One measured rate: the gateway's result and model-service's, same path, same rate. */
    public record Pair(String path, FixedRateLoad.Result gateway, FixedRateLoad.Result direct) {
    }

    public static final List<String> PATHS = List.of("/api/v1/recommendations", "/api/v1/recommendations/KZ-61");

    private final SeatwiseSystem system;
    private final FixedRateLoad load = new FixedRateLoad();

    public GatewayBenchmark(SeatwiseSystem system) {
        this.system = system;
    }

    public List<Pair> run(List<Integer> rates, Duration each) throws InterruptedException {
        // Warm-up (JIT, connection pools), not reported.
        for (String path : PATHS) {
            load.run(system.url(Part.GATEWAY) + path, 200, Duration.ofSeconds(5));
            load.run(system.url(Part.MODEL) + path, 200, Duration.ofSeconds(5));
        }
        List<Pair> pairs = new ArrayList<>();
        for (String path : PATHS) {
            for (int rate : rates) {
                FixedRateLoad.Result gateway = load.run(system.url(Part.GATEWAY) + path, rate, each);
                FixedRateLoad.Result direct = load.run(system.url(Part.MODEL) + path, rate, each);
                System.out.printf("GET %s at %d/s: gateway p50 %.2f ms p99 %.2f ms errors %d; model-service p50 %.2f ms "
                        + "p99 %.2f ms errors %d%n", path, rate, gateway.latencies().percentileMs(50),
                        gateway.latencies().percentileMs(99), gateway.errors(), direct.latencies().percentileMs(50),
                        direct.latencies().percentileMs(99), direct.errors());
                pairs.add(new Pair(path, gateway, direct));
            }
        }
        return pairs;
    }
}
