package org.seatwise.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator: request {@code i} is due at {@code start + i/rate} whether or not
 * earlier ones have answered (as wrk2 does), and its latency is counted from that due time, not
 * from when it was actually sent. A stalled server therefore shows in the tail instead of slowing
 * the generator down (no coordinated omission).
 */
public final class FixedRateLoad {

    /** What one run at one rate measured. */
    public record Result(String url, int ratePerSecond, Duration duration, Latencies latencies, int errors, int sent) {
    }

    private final HttpClient http;

    public FixedRateLoad() {
        // HTTP/1.1 with as many connections as needed in flight; the client's own executor answers.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4, daemon -> {
                    Thread t = new Thread(daemon, "fixed-rate-load");
                    t.setDaemon(true);
                    return t;
                })).connectTimeout(Duration.ofSeconds(2)).build();
    }

    public Result run(String url, int ratePerSecond, Duration duration) throws InterruptedException {
        int total = (int) (ratePerSecond * duration.toMillis() / 1000);
        AtomicLongArray latencies = new AtomicLongArray(total);
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(total);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build();
        long intervalNanos = 1_000_000_000L / ratePerSecond;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                latencies.set(index, System.nanoTime() - due);
                if (failure != null || response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                answered.countDown();
            });
        }
        if (!answered.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException((answered.getCount()) + " requests to " + url + " never answered");
        }
        long[] values = new long[total];
        for (int i = 0; i < total; i++) {
            values[i] = latencies.get(i);
        }
        return new Result(url, ratePerSecond, duration, new Latencies(values), errors.get(), total);
    }
}
