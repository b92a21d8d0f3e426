package org.seatwise.platform.testing;

import java.io.IOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Test resource for readiness tests: the application's database is reached through a
 * {@link TcpProxy} that the test can cut, and its Kafka broker is an address where nothing listens.
 * Init arg {@code database}: the database name of the service under test.
 */
public class UnreachableInfrastructure implements QuarkusTestResourceLifecycleManager {

    /** The proxy in front of PostgreSQL, for the test to cut and restore. */
    public static volatile TcpProxy database;
    private String databaseName;

    @Override
    public void init(Map<String, String> initArgs) {
        databaseName = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        try {
            database = new TcpProxy(Integer.parseInt(System.getenv().getOrDefault("SEATWISE_DB_PORT", "5432"))).start();
            int deadPort;
            try (var probe = new java.net.ServerSocket(0)) {
                deadPort = probe.getLocalPort();
            }
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + database.port() + "/" + databaseName,
                    "kafka.bootstrap.servers", "127.0.0.1:" + deadPort);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        try {
            database.close();
        } catch (IOException ignored) {
            // closed already
        }
    }
}
