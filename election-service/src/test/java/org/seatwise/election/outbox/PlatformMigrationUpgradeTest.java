package org.seatwise.election.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The platform's migrations are numbered V0_x and so sort before every service's own. On a database that has
 * applied the service's migrations, a later platform migration must still be applied (with the services'
 * {@code quarkus.flyway.out-of-order}), and the events waiting in the outbox must survive it. Runs Flyway on a
 * schema of its own in the test database, with the platform's real migrations.
 */
@QuarkusTest
class PlatformMigrationUpgradeTest {

    private static final String SCHEMA = "platform_upgrade_check";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void dropSchema() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }

    @Test
    @DisplayName("a platform migration added after the service's own is applied, and an event waiting in the outbox is kept")
    void laterPlatformMigrationOnAnExistingDatabase() throws SQLException {
        execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        // A database as it stood before: the platform's first migration, then the service's own.
        flyway("db/platform").target("0.1").load().migrate();
        flyway("db/upgrade-check").ignoreMigrationPatterns("*:missing").load().migrate();
        UUID waiting = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO " + SCHEMA
                + ".outbox_event (event_id, topic, record_key, event_type, occurred_at, payload) "
                + "VALUES (?, 'seatwise.election.v1', 'KZ-61', 'seatwise.election.voter-roll.published.v1', now(), ?)")) {
            s.setObject(1, waiting);
            s.setBytes(2, "{\"unitCode\":\"KZ-61\"}".getBytes(StandardCharsets.UTF_8));
            s.executeUpdate();
        }

        assertThatThrownBy(() -> flyway("db/platform", "db/upgrade-check").outOfOrder(false).load().migrate())
                .as("in order, Flyway refuses a pending migration older than the applied ones")
                .isInstanceOf(FlywayException.class);

        boolean outOfOrder = ConfigProvider.getConfig().getValue("quarkus.flyway.out-of-order", Boolean.class);
        flyway("db/platform", "db/upgrade-check").outOfOrder(outOfOrder).load().migrate();

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT events, event_ids[1], record_keys[1], convert_from(payloads[1], 'UTF8'), "
                        + "to_regclass('" + SCHEMA + ".outbox_event') IS NULL FROM " + SCHEMA + ".outbox_batch")) {
            assertThat(r.next()).as("the waiting event, moved to a batch of its own").isTrue();
            assertThat(r.getInt(1)).isEqualTo(1);
            assertThat(r.getObject(2, UUID.class)).isEqualTo(waiting);
            assertThat(r.getString(3)).isEqualTo("KZ-61");
            assertThat(r.getString(4)).isEqualTo("{\"unitCode\":\"KZ-61\"}");
            assertThat(r.getBoolean(5)).as("the per-event table is gone").isTrue();
            assertThat(r.next()).isFalse();
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT a.attname, a.attcompression FROM pg_attribute a JOIN pg_class t "
                        + "ON t.oid = a.attrelid JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = '"
                        + SCHEMA + "' AND t.relname = 'outbox_batch' AND a.attname IN ('event_ids', 'topics', 'record_keys', "
                        + "'event_types', 'payloads') ORDER BY a.attname")) {
            Map<String, String> compression = new TreeMap<>();
            while (r.next()) {
                compression.put(r.getString(1), r.getString(2));
            }
            assertThat(compression).as("every array of a batch compressed by lz4 ('l'), not pglz")
                    .containsExactlyEntriesOf(new TreeMap<>(Map.of("event_ids", "l", "event_types", "l",
                            "payloads", "l", "record_keys", "l", "topics", "l")));
        }
    }

    private FluentConfiguration flyway(String... locations) {
        return Flyway.configure().dataSource(dataSource).schemas(SCHEMA).createSchemas(true).locations(locations);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
