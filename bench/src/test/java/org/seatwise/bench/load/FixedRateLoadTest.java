package org.seatwise.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The harness's one check in mvn verify; the benchmarks themselves run only through bench/run.sh. */
class FixedRateLoadTest {

    @Test
    @DisplayName("a server that stalls 500 ms once shows the stall in the fixed-rate tail: requests due during it count their wait")
    void stallShowsInTheTail() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger served = new AtomicInteger();
        // One thread: while it sleeps, every request due meanwhile queues behind it, as on a paused JVM.
        server.setExecutor(Executors.newSingleThreadExecutor());
        server.createContext("/", exchange -> {
            if (served.incrementAndGet() == 50) {
                sleep(500);
            }
            exchange.sendResponseHeaders(200, 2);
            exchange.getResponseBody().write("ok".getBytes());
            exchange.close();
        });
        server.start();
        try {
            FixedRateLoad.Result result;
            try (FixedRateLoad load = new FixedRateLoad()) {
                result = load.run("http://127.0.0.1:" + server.getAddress().getPort() + "/", 200, Duration.ofSeconds(2));
            }
            assertThat(result.sent()).isEqualTo(400);
            assertThat(result.latencies().count()).isEqualTo(400);
            assertThat(result.errors()).isZero();
            // ~100 requests fall due during the 500 ms stall and count their wait from their due time: more
            // than 5 % of 400 wait over 250 ms (a closed-loop generator would record one slow request).
            assertThat(result.latencies().maxMs()).isGreaterThan(400);
            assertThat(result.latencies().percentileMs(95)).isGreaterThan(250);
            // The 49 requests before the stall (12 %) are not slowed by it.
            assertThat(result.latencies().percentileMs(10)).isLessThan(250);
        } finally {
            server.stop(0);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
