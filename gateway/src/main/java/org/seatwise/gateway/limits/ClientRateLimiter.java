package org.seatwise.gateway.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.platform.auth.RequestKind;

/** One token bucket per client and kind of request; reads are not limited here. */
@ApplicationScoped
public class ClientRateLimiter {

    private record Key(String client, RequestKind kind) {
    }

    private final RateLimits limits;
    private final Map<Key, TokenBucket> buckets = new ConcurrentHashMap<>();

    public ClientRateLimiter(RateLimits limits) {
        this.limits = limits;
    }

    /** Zero when the request may go, else how long the client should wait. */
    public Duration take(String client, RequestKind kind) {
        RateLimits.Bucket config = switch (kind) {
            case READ -> null;
            case WRITE -> limits.writes();
            case COMPUTATION -> limits.computations();
        };
        if (config == null) {
            return Duration.ZERO;
        }
        long now = System.nanoTime();
        if (buckets.size() >= limits.maxClients()) {
            buckets.values().removeIf(b -> b.full(now));
        }
        return buckets.computeIfAbsent(new Key(client, kind), k -> new TokenBucket(config.burst(), config.refill(), now))
                .take(now);
    }

    /** The client a request is counted against. */
    public String client(String remoteAddress, String forwardedFor) {
        if (limits.trustForwardedFor() && forwardedFor != null && !forwardedFor.isBlank()) {
            return forwardedFor.split(",")[0].trim();
        }
        return remoteAddress;
    }
}
