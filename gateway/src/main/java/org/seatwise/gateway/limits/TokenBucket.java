package org.seatwise.gateway.limits;

import java.time.Duration;

/**
 * A token bucket: up to {@code capacity} requests at once, refilled by one every
 * {@code period / capacity}. Time is given by the caller (nanoseconds, as from
 * {@link System#nanoTime()}), so the arithmetic is tested without waiting. Thread-safe.
 */
public final class TokenBucket {

    private final long capacity;
    /** Nanoseconds to earn one token. */
    private final long nanosPerToken;
    /** Tokens are counted in nanoseconds of refill: full = capacity * nanosPerToken. */
    private long credit;
    private long updatedAt;

    public TokenBucket(long capacity, Duration period, long now) {
        if (capacity < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a bucket needs a capacity ≥ 1 and a positive refill period");
        }
        this.capacity = capacity;
        this.nanosPerToken = Math.max(1, period.toNanos() / capacity);
        this.credit = capacity * nanosPerToken;
        this.updatedAt = now;
    }

    /** Takes one token: zero when granted, else how long until one is available. */
    public synchronized Duration take(long now) {
        refill(now);
        if (credit >= nanosPerToken) {
            credit -= nanosPerToken;
            return Duration.ZERO;
        }
        return Duration.ofNanos(nanosPerToken - credit);
    }

    /** Whether the bucket has refilled completely (an idle client's bucket can be forgotten). */
    public synchronized boolean full(long now) {
        refill(now);
        return credit == capacity * nanosPerToken;
    }

    private void refill(long now) {
        long elapsed = now - updatedAt;
        if (elapsed > 0) {
            credit = Math.min(capacity * nanosPerToken, credit + elapsed);
            updatedAt = now;
        }
    }
}
