package org.seatwise.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    @DisplayName("a bucket of 3 per minute grants 3 at once, then tells the wait for the next (20 s)")
    void burstThenWait() {
        TokenBucket bucket = new TokenBucket(3, Duration.ofMinutes(1), 0);
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(0)).isZero();
        assertThat(bucket.take(SECOND)).isZero();
        assertThat(bucket.take(SECOND)).isEqualTo(Duration.ofSeconds(19));
        assertThat(bucket.take(20 * SECOND)).isZero();
        assertThat(bucket.take(20 * SECOND)).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    @DisplayName("an idle bucket refills to its capacity, never beyond")
    void refillsToCapacity() {
        TokenBucket bucket = new TokenBucket(2, Duration.ofSeconds(10), 0);
        bucket.take(0);
        bucket.take(0);
        assertThat(bucket.full(9 * SECOND)).isFalse();
        assertThat(bucket.full(3600 * SECOND)).isTrue();
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isZero();
        assertThat(bucket.take(3600 * SECOND)).isPositive();
    }

    @Test
    @DisplayName("a bucket needs a capacity and a refill period")
    void invalid() {
        assertThatThrownBy(() -> new TokenBucket(0, Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBucket(1, Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
