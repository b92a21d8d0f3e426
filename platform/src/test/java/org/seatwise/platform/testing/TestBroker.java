package org.seatwise.platform.testing;

/** Where the tests' Kafka broker listens: $SEATWISE_KAFKA as deploy/local/test.sh sets it, else the default port. */
public final class TestBroker {

    private TestBroker() {
    }

    public static String bootstrapServers() {
        return System.getProperty("seatwise.kafka", System.getenv().getOrDefault("SEATWISE_KAFKA", "127.0.0.1:9092"));
    }
}
