package org.seatwise.platform.events;

import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The settings a Kafka client of our own (the outbox relay's producer, the gateway's consumer) takes from the
 * {@code kafka.*} properties Quarkus gathers: those the client knows, security settings included, so that a
 * deployment's SASL/TLS configuration reaches every client.
 */
public final class KafkaClientSettings {

    private KafkaClientSettings() {
    }

    /** The entries of {@code quarkusKafka} named in {@code clientConfigNames} or starting with sasl. or ssl. */
    public static Properties of(Map<String, Object> quarkusKafka, Set<String> clientConfigNames) {
        Properties config = new Properties();
        quarkusKafka.forEach((k, v) -> {
            if (clientConfigNames.contains(k) || k.startsWith("sasl.") || k.startsWith("ssl.")) {
                config.put(k, v);
            }
        });
        return config;
    }
}
