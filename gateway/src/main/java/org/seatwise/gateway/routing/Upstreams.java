package org.seatwise.gateway.routing;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the gateway finds each service, and how long it waits for one. */
@ConfigMapping(prefix = "seatwise.gateway")
public interface Upstreams {

    /** Base URL of census-service. */
    @WithDefault("http://127.0.0.1:8081")
    URI census();

    /** Base URL of election-service. */
    @WithDefault("http://127.0.0.1:8082")
    URI election();

    /** Base URL of model-service. */
    @WithDefault("http://127.0.0.1:8083")
    URI model();

    /** Longest wait for a service's answer before the gateway answers 504. */
    @WithDefault("PT30S")
    Duration timeout();

    /** Longest wait to connect to a service before the gateway answers 503. */
    @WithDefault("PT2S")
    Duration connectTimeout();
}
