package org.seatwise.election.bulletin;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import org.postgresql.PGConnection;

/**
 * What storing a 100,000-row bulletin costs in PostgreSQL, by the statements election-service runs
 * (one batched INSERT per row into bulletin_row, one per event into outbox_event, both in one
 * transaction), with and without the driver's reWriteBatchedInserts, beside COPY of the same rows
 * as the floor. Tables are copies (LIKE … INCLUDING ALL) of the migrated ones, dropped at the end.
 *
 * <pre>
 * mvn -q -pl election-service -am test-compile -DskipTests
 * java -cp election-service/target/test-classes:$HOME/.m2/repository/org/postgresql/postgresql/42.7.10/postgresql-42.7.10.jar \
 *     org.seatwise.election.bulletin.BulletinStorageBenchmark [jdbc-url] [rounds]
 * </pre>
 * The URL defaults to the test database (deploy/local/postgres.sh creates it; a test run migrates it).
 */
public final class BulletinStorageBenchmark {

    private static final int ROWS = 100_000;
    private static final int BATCH = 1_000;
    // A VoterRollPublished payload as the outbox stores it: about 420 bytes of JSON.
    private static final String PAYLOAD = "{\"bulletinId\":\"%s\",\"bulletinVersion\":1,\"rowCount\":100000,\"unitCode\":\"%s\","
            + "\"voters\":%d,\"rollDate\":\"2024-01-01\",\"provenance\":{\"source\":\"Central Election Commission of the "
            + "Republic of Kazakhstan, Information bulletin: voters on the electoral roll\",\"date\":\"2024-01-01\","
            + "\"citation\":\"https://www.election.gov.kz/; bulletin %s v1\"}}";

    private BulletinStorageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 && !args[0].isBlank() ? args[0] : "jdbc:postgresql://127.0.0.1:5432/seatwise_election_test"
                + System.getenv().getOrDefault("SEATWISE_TEST_DB_SUFFIX", "");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        setUp(url);
        try {
            List<long[]> times = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                // Alternate, so that the machine's load drifts over all three alike.
                long plain = insert(url, false);
                long rewritten = insert(url, true);
                long copy = copy(url);
                times.add(new long[] { plain, rewritten, copy });
                System.out.printf("round %d: batched INSERT %d ms, with reWriteBatchedInserts %d ms, COPY %d ms%n", round + 1,
                        plain, rewritten, copy);
            }
            long plain = median(times, 0);
            long rewritten = median(times, 1);
            long copy = median(times, 2);
            System.out.printf("median of %d rounds, %,d rows + %,d outbox events in one transaction: batched INSERT %d ms, "
                    + "reWriteBatchedInserts %d ms (%.2f× faster), COPY %d ms (floor; INSERT is %.2f× it, rewritten %.2f×)%n",
                    rounds, ROWS, ROWS, plain, rewritten, (double) plain / rewritten, copy, (double) plain / copy,
                    (double) rewritten / copy);
        } finally {
            tearDown(url);
        }
    }

    private static long insert(String url, boolean rewrite) throws SQLException {
        Properties p = credentials();
        p.setProperty("reWriteBatchedInserts", String.valueOf(rewrite));
        UUID bulletin = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = DriverManager.getConnection(url, p)) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            try (PreparedStatement rows = c.prepareStatement(
                    "INSERT INTO bench_bulletin_row (bulletin_id, line, unit_code, voters) VALUES (?, ?, ?, ?)");
                    PreparedStatement events = c.prepareStatement("INSERT INTO bench_outbox_event "
                            + "(event_id, topic, record_key, event_type, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?) "
                            + "ON CONFLICT (event_id) DO NOTHING")) {
                for (int i = 1; i <= ROWS; i++) {
                    rows.setObject(1, bulletin);
                    rows.setInt(2, i + 1);
                    rows.setString(3, unit(i));
                    rows.setLong(4, voters(i));
                    rows.addBatch();
                    if (i % BATCH == 0) {
                        rows.executeBatch();
                    }
                }
                for (int i = 1; i <= ROWS; i++) {
                    events.setObject(1, UUID.randomUUID());
                    events.setString(2, "seatwise.election.v1");
                    events.setString(3, unit(i));
                    events.setString(4, "seatwise.election.voter-roll.published.v1");
                    events.setTimestamp(5, now);
                    events.setBytes(6, payload(bulletin, i));
                    events.addBatch();
                    if (i % BATCH == 0) {
                        events.executeBatch();
                    }
                }
            }
            c.commit();
            long ms = (System.nanoTime() - start) / 1_000_000;
            clear(c);
            return ms;
        }
    }

    private static long copy(String url) throws Exception {
        UUID bulletin = UUID.randomUUID();
        String now = Instant.now().toString();
        StringBuilder rows = new StringBuilder();
        StringBuilder events = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, credentials())) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            for (int i = 1; i <= ROWS; i++) {
                rows.append(bulletin).append('\t').append(i + 1).append('\t').append(unit(i)).append('\t').append(voters(i)).append('\n');
                events.append(UUID.randomUUID()).append("\tseatwise.election.v1\t").append(unit(i))
                        .append("\tseatwise.election.voter-roll.published.v1\t").append(now).append("\t\\\\x")
                        .append(java.util.HexFormat.of().formatHex(payload(bulletin, i))).append('\n');
            }
            var copier = c.unwrap(PGConnection.class).getCopyAPI();
            copier.copyIn("COPY bench_bulletin_row (bulletin_id, line, unit_code, voters) FROM STDIN", new StringReader(rows.toString()));
            copier.copyIn("COPY bench_outbox_event (event_id, topic, record_key, event_type, occurred_at, payload) FROM STDIN",
                    new StringReader(events.toString()));
            c.commit();
            long ms = (System.nanoTime() - start) / 1_000_000;
            clear(c);
            return ms;
        }
    }

    private static String unit(int i) {
        return "KZ-BENCH-" + i;
    }

    private static long voters(int i) {
        return 1_000 + i % 5_000;
    }

    private static byte[] payload(UUID bulletin, int i) {
        return String.format(PAYLOAD, bulletin, unit(i), voters(i), bulletin).getBytes(StandardCharsets.UTF_8);
    }

    private static void setUp(String url) throws SQLException {
        run(url, "DROP TABLE IF EXISTS bench_bulletin_row, bench_outbox_event",
                "CREATE TABLE bench_bulletin_row (LIKE bulletin_row INCLUDING ALL)",
                // The outbox's shape of the time (one row per event; platform's V0_1, replaced by batches in V0_2).
                "CREATE TABLE bench_outbox_event (seq BIGSERIAL PRIMARY KEY, event_id UUID NOT NULL UNIQUE, topic TEXT NOT NULL, "
                        + "record_key TEXT NOT NULL, event_type TEXT NOT NULL, occurred_at TIMESTAMPTZ NOT NULL, payload BYTEA NOT NULL)");
    }

    private static void tearDown(String url) throws SQLException {
        run(url, "DROP TABLE IF EXISTS bench_bulletin_row, bench_outbox_event");
    }

    private static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE bench_bulletin_row, bench_outbox_event");
        }
        c.commit();
    }

    private static void run(String url, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, credentials()); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private static Properties credentials() {
        Properties p = new Properties();
        p.setProperty("user", System.getenv().getOrDefault("SEATWISE_DB_USER", "postgres"));
        p.setProperty("password", System.getenv().getOrDefault("SEATWISE_DB_PASSWORD", ""));
        return p;
    }

    private static long median(List<long[]> times, int column) {
        List<long[]> sorted = new ArrayList<>(times);
        sorted.sort(Comparator.comparingLong(t -> t[column]));
        return sorted.get(sorted.size() / 2)[column];
    }
}
