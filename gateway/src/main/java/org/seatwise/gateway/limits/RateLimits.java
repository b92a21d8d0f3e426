package org.seatwise.gateway.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How often one client (by IP address) may write or ask for a computation. */
@ConfigMapping(prefix = "seatwise.gateway.limits")
public interface RateLimits {

    /** Writes to official data (bulletins, figures, councils, caps). */
    Bucket writes();

    /** Computations that change nothing but cost CPU (apportionments, malapportionment, scenarios). */
    Bucket computations();

    /** Whether the client is the first address of X-Forwarded-For (only behind a trusted proxy). */
    @WithDefault("false")
    boolean trustForwardedFor();

    /** Most buckets kept; beyond it, those of idle clients are forgotten. */
    @WithDefault("10000")
    int maxClients();

    interface Bucket {
        /** Requests a client may make at once. */
        @WithDefault("30")
        int burst();

        /** Time to refill a drained bucket completely. */
        @WithDefault("PT1M")
        Duration refill();
    }
}
