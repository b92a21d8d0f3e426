package org.seatwise.bench.load;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.LockSupport;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * An open-loop load generator: request {@code i} is due at {@code start + i/rate} whether or not
 * earlier ones have answered (as wrk2 does), and its latency is counted from that due time, not
 * from when it was actually sent. A stalled server therefore shows in the tail instead of slowing
 * the generator down (no coordinated omission).
 *
 * <p>HTTP/1.1 keep-alive connections, as many as requests in flight, on one Vert.x event loop. The
 * generator shares the two cores with what it measures: the JDK's HttpClient, used first, took 0.7 of a core
 * at 500 requests/s (its selector thread, executor hand-offs and futures per request), about as much as
 * model-service, PostgreSQL and the gateway together answering them (docs/performance.md).
 */
public final class FixedRateLoad implements AutoCloseable {

    /** What one run at one rate measured. */
    public record Result(String url, int ratePerSecond, Duration duration, Latencies latencies, int errors, int sent) {
    }

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1)
            .setInternalBlockingPoolSize(1));
    private final HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
            .setConnectTimeout(2_000).setTcpNoDelay(true), new PoolOptions().setHttp1MaxSize(512).setMaxWaitQueueSize(-1));

    public Result run(String url, int ratePerSecond, Duration duration) throws InterruptedException {
        URI uri = URI.create(url);
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setHost(uri.getHost()).setPort(uri.getPort())
                .setURI(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())).setTimeout(10_000);
        int total = (int) (ratePerSecond * duration.toMillis() / 1000);
        AtomicLongArray latencies = new AtomicLongArray(total);
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch answered = new CountDownLatch(total);
        long intervalNanos = 1_000_000_000L / ratePerSecond;
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int index = i;
            http.request(request).compose(r -> r.send().compose(response -> response.body().map(body -> response.statusCode())))
                    .onComplete(outcome -> {
                        latencies.set(index, System.nanoTime() - due);
                        if (outcome.failed() || outcome.result() != 200) {
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

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }
}
