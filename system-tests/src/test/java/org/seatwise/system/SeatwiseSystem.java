package org.seatwise.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The four packaged services started as separate JVMs against the real PostgreSQL and Kafka broker,
 * each on a free port with a fresh database of its own and consumer groups of its own, so that a
 * run neither sees nor disturbs a local system or another run.
 */
public final class SeatwiseSystem implements AutoCloseable {

    /** A service of the system, with its module folder and the database it owns. */
    public enum Part {
        CENSUS("census-service", "CENSUS"), ELECTION("election-service", "ELECTION"), MODEL("model-service", "MODEL"),
        GATEWAY("gateway", null);

        final String module;
        final String database;

        Part(String module, String database) {
            this.module = module;
            this.database = database;
        }
    }

    private static final String PG_HOST = System.getenv().getOrDefault("SEATWISE_DB_HOST", "127.0.0.1");
    private static final String PG_PORT = System.getenv().getOrDefault("SEATWISE_DB_PORT", "5432");
    private static final String PG_USER = System.getenv().getOrDefault("SEATWISE_DB_USER", "postgres");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("SEATWISE_DB_PASSWORD", "");
    /** How often a start asks whether the part is ready. */
    private static final Duration WAIT_BETWEEN_PROBES = Duration.ofMillis(300);

    private final Path root;
    private final Path logs;
    private final String run = "e2e" + Long.toString(System.currentTimeMillis(), 36);
    private final Map<Part, Integer> ports = new EnumMap<>(Part.class);
    private final Map<Part, Process> processes = new EnumMap<>(Part.class);
    /** Parts that reach PostgreSQL on another port than the others (through a test's TcpProxy). */
    private final Map<Part, Integer> databasePorts = new EnumMap<>(Part.class);
    private final Map<String, String> extraProperties;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private AnalystTokens tokens;

    /** @param extraProperties system properties given to every service (e.g. {@code seatwise.seed.roll=false}) */
    public SeatwiseSystem(Map<String, String> extraProperties) {
        this.root = Path.of(System.getProperty("seatwise.root", "..")).toAbsolutePath().normalize();
        this.logs = root.resolve("system-tests/target/e2e-logs");
        this.extraProperties = extraProperties;
    }

    public Path root() {
        return root;
    }

    /**
     * Before {@link #start()}: the part reaches PostgreSQL on this port of the same host (e.g. a
     * {@code TcpProxy} in front of the real server) instead of the server's own port.
     */
    public SeatwiseSystem databasePort(Part part, int port) {
        databasePorts.put(part, port);
        return this;
    }

    /** The broker every part of this run talks to. */
    public String kafka() {
        return System.getenv().getOrDefault("SEATWISE_KAFKA", "127.0.0.1:9092");
    }

    /** A connection to a part's own database, straight to the server (not through any proxy). */
    public Connection connect(Part part) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + database(part), PG_USER,
                PG_PASSWORD);
    }

    /** The number a query on a part's database answers (its first column of its first row): a count, mostly. */
    public long count(Part part, String sql) throws SQLException {
        try (Connection c = connect(part); java.sql.Statement s = c.createStatement(); java.sql.ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Ends one part: SIGKILL when {@code kill}, else a graceful stop; its port and database stay its own. */
    public void stop(Part part, boolean kill) throws InterruptedException {
        Process p = processes.get(part);
        if (p == null) {
            return;
        }
        if (kill) {
            p.destroyForcibly();
        } else {
            p.destroy();
        }
        if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    /** Starts a stopped part again on the same port and database, and waits until it is ready. */
    public void restart(Part part) throws Exception {
        restart(part, WAIT_BETWEEN_PROBES);
    }

    /**
     * The same, probing readiness every {@code probeEvery}: a start-time measurement probes often, else a start
     * reads as up to one interval longer than it was.
     */
    public void restart(Part part, Duration probeEvery) throws Exception {
        startProcess(part);
        awaitReady(part, Duration.ofSeconds(120), probeEvery);
    }

    public SeatwiseSystem start() throws Exception {
        Files.createDirectories(logs);
        tokens = new AnalystTokens(root.resolve("system-tests/target/e2e-keys"));
        List<Integer> free = FreePorts.take(Part.values().length);
        for (Part part : Part.values()) {
            if (part.database != null) {
                recreateDatabase(database(part));
            }
            ports.put(part, free.get(part.ordinal()));
            Files.deleteIfExists(logs.resolve(part.module + ".log"));
        }
        for (Part part : Part.values()) {
            startProcess(part);
        }
        for (Part part : Part.values()) {
            awaitReady(part, Duration.ofSeconds(120), WAIT_BETWEEN_PROBES);
        }
        return this;
    }

    /** Base URL of a part, e.g. {@code http://127.0.0.1:41234}. */
    public String url(Part part) {
        return "http://127.0.0.1:" + ports.get(part);
    }

    /** A bearer token that the gateway accepts for writes (role analyst). */
    public String analystToken() {
        return tokens.analyst();
    }

    /** Prepended to every topic name by every service of this run. */
    public String topicPrefix() {
        return run + ".";
    }

    public String database(Part part) {
        return "seatwise_" + part.database.toLowerCase() + "_" + run;
    }

    private void startProcess(Part part) throws IOException {
        Path app = root.resolve(part.module).resolve("target/quarkus-app");
        if (!Files.exists(app.resolve("quarkus-run.jar"))) {
            throw new IllegalStateException(app.resolve("quarkus-run.jar") + " is missing: package the services first (mvn package)");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions(part));
        extraProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        // Topics of its own on the shared broker: this run neither sees nor feeds another system.
        command.add("-Dseatwise.topic-prefix=" + topicPrefix());
        command.add("-jar");
        command.add("quarkus-run.jar");
        // Started where deploy/local/run.sh starts it: the AppCDS archive records the class path as "quarkus-run.jar".
        ProcessBuilder builder = new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(part.module + ".log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(part)));
        env.put("SEATWISE_CONSUMER_GROUP_PREFIX", run + "-");
        if (part.database != null) {
            env.put("SEATWISE_" + part.database + "_DB", database(part));
        }
        if (databasePorts.containsKey(part)) {
            env.put("SEATWISE_DB_PORT", String.valueOf(databasePorts.get(part)));
        }
        env.put("SEATWISE_CENSUS_URL", "http://127.0.0.1:" + ports.get(Part.CENSUS));
        env.put("SEATWISE_ELECTION_URL", "http://127.0.0.1:" + ports.get(Part.ELECTION));
        env.put("SEATWISE_MODEL_URL", "http://127.0.0.1:" + ports.get(Part.MODEL));
        env.put("SEATWISE_JWT_PUBLIC_KEY", tokens.publicKey().toString());
        processes.put(part, builder.start());
    }

    /**
     * The JVM options the service ships with (its application.properties' {@code quarkus.jib.jvm-additional-arguments},
     * as deploy/local/lib.sh's {@code jvm_options} reads them), its AppCDS archive when built, then
     * {@code SEATWISE_JVM_OPTIONS}.
     */
    List<String> jvmOptions(Part part) throws IOException {
        java.util.Properties properties = new java.util.Properties();
        try (var in = Files.newBufferedReader(root.resolve(part.module).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        List<String> options = new ArrayList<>();
        String shipped = properties.getProperty("quarkus.jib.jvm-additional-arguments", "");
        for (String option : shipped.split(",")) {
            if (!option.isBlank()) {
                options.add(option.trim());
            }
        }
        if (Files.exists(root.resolve(part.module).resolve("target/quarkus-app/app-cds.jsa"))) {
            options.add("-XX:SharedArchiveFile=app-cds.jsa");
        }
        for (String option : System.getenv().getOrDefault("SEATWISE_JVM_OPTIONS", "").split("\\s+")) {
            if (!option.isBlank()) {
                options.add(option);
            }
        }
        return options;
    }

    /** The running JVM of a part (for its memory and times). */
    public ProcessHandle process(Part part) {
        Process p = processes.get(part);
        if (p == null || !p.isAlive()) {
            throw new IllegalStateException(part.module + " is not running");
        }
        return p.toHandle();
    }

    private void awaitReady(Part part, Duration timeout, Duration probeEvery) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process p = processes.get(part);
            if (!p.isAlive()) {
                throw new IllegalStateException(part.module + " exited with " + p.exitValue() + "; see " + logs.resolve(part.module + ".log"));
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(url(part) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(probeEvery.toMillis());
        }
        throw new IllegalStateException(part.module + " not ready within " + timeout + "; see " + logs.resolve(part.module + ".log"));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/postgres", PG_USER, PG_PASSWORD);
    }

    private static void recreateDatabase(String name) throws SQLException {
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name);
        }
    }

    @Override
    public void close() {
        for (Process p : processes.values()) {
            p.destroy();
        }
        for (Process p : processes.values()) {
            try {
                if (!p.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Part part : Part.values()) {
            if (part.database != null) {
                try (Connection c = admin(); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + database(part) + " WITH (FORCE)");
                } catch (SQLException e) {
                    System.err.println("could not drop " + database(part) + ": " + e.getMessage());
                }
            }
        }
    }


}
