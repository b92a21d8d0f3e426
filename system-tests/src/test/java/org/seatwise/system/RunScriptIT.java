package org.seatwise.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The README's run command, deploy/local/run.sh, as a newcomer runs it: from a clean state folder, with its own
 * Kafka broker, ports and databases (all free or fresh, through the script's overrides), so that it collides
 * neither with a local system on 8080-8083 and 9092 nor with the broker that deploy/local/test.sh started.
 */
@DisplayName("deploy/local/run.sh")
class RunScriptIT {

    private static final Path ROOT = Path.of(System.getProperty("seatwise.root", "..")).toAbsolutePath().normalize();
    private static final Path SCRIPT = ROOT.resolve("deploy/local/run.sh");
    private static final String PG_URL = "jdbc:postgresql://" + System.getenv().getOrDefault("SEATWISE_DB_HOST", "127.0.0.1") + ":"
            + System.getenv().getOrDefault("SEATWISE_DB_PORT", "5432") + "/postgres";

    private Path work;
    private Path state;
    private final Map<String, String> env = new HashMap<>();
    private final List<String> databases = new ArrayList<>();
    private Process run;

    @BeforeEach
    void cleanState() throws IOException {
        work = Files.createDirectories(ROOT.resolve("system-tests/target/run-it"));
        state = Files.createTempDirectory(work, "state");
        Files.delete(state); // a state folder that does not exist yet, as on a fresh checkout
        String suffix = Long.toString(System.currentTimeMillis(), 36);
        for (String service : List.of("CENSUS", "ELECTION", "MODEL")) {
            String db = "seatwise_" + service.toLowerCase() + "_runit_" + suffix;
            env.put("SEATWISE_" + service + "_DB", db);
            databases.add(db);
        }
        env.put("SEATWISE_STATE", state.toString());
        List<String> portNames = List.of("KAFKA", "KAFKA_CONTROLLER", "GATEWAY", "CENSUS", "ELECTION", "MODEL");
        List<Integer> ports = FreePorts.take(portNames.size());
        for (int i = 0; i < portNames.size(); i++) {
            env.put("SEATWISE_" + portNames.get(i) + "_PORT", String.valueOf(ports.get(i)));
        }
        // The reactor packaged the services just before the ITs: run them as they are.
        env.put("SEATWISE_BUILD", "never");
    }

    @AfterEach
    void leaveNothing() throws Exception {
        if (run != null && run.isAlive()) {
            script(Duration.ofSeconds(90), "stop");
            if (!run.waitFor(30, TimeUnit.SECONDS)) {
                run.descendants().forEach(ProcessHandle::destroyForcibly);
                run.destroyForcibly();
            }
        }
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", ""); Statement s = c.createStatement()) {
            for (String db : databases) {
                s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            }
        }
        if (Files.exists(state)) {
            try (Stream<Path> files = Files.walk(state)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    @DisplayName("from a clean state it starts everything, answers KZ-61 with 106 seats and serves the dashboard; a second run says so; stop ends every process it started and nothing else; reset clears its state")
    void startStopReset() throws Exception {
        Path output = work.resolve(state.getFileName() + "-run.log");
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(env);
        run = builder.start();
        awaitOutput(output, "seatwise is running.", Duration.ofMinutes(8));
        String text = Files.readString(output);
        String gateway = "http://localhost:" + env.get("SEATWISE_GATEWAY_PORT");
        assertThat(text).contains("Dashboard and API   " + gateway + "/").contains("export TOKEN=ey")
                .contains("starting Kafka broker on 127.0.0.1:" + env.get("SEATWISE_KAFKA_PORT"))
                .contains("waiting for gateway to be ready");

        // The processes it started, while they run: the services (its children) and the broker (by its pid file).
        Set<ProcessHandle> started = new HashSet<>(run.descendants().toList());
        for (Path pid : pidFiles()) {
            ProcessHandle.of(Long.parseLong(Files.readString(pid).trim())).ifPresent(started::add);
        }
        assertThat(started.stream().filter(p -> p.info().commandLine().orElse("").contains("quarkus-run.jar"))).hasSize(4);
        // Each service with the JVM options it ships with (one line of its application.properties, the image's too),
        // the same SeatwiseSystem starts it with, and its AppCDS archive.
        SeatwiseSystem reference = new SeatwiseSystem(Map.of());
        for (SeatwiseSystem.Part part : SeatwiseSystem.Part.values()) {
            List<String> options = reference.jvmOptions(part);
            assertThat(options).as(part + "'s shipped options").anyMatch(o -> o.startsWith("-Xmx"))
                    .contains("-XX:SharedArchiveFile=app-cds.jsa");
            assertThat(started).as(part + " started with " + options).anyMatch(p -> {
                List<String> args = List.of(p.info().arguments().orElse(new String[0]));
                return args.contains("quarkus-run.jar") && args.containsAll(options) && cwdIs(p, part);
            });
        }
        assertThat(started.stream().filter(p -> p.info().commandLine().orElse("").contains("kafka.Kafka"))).hasSize(1);
        // Each archive is the one recorded over a real start (train-class-archive.sh), not the build's: its checksum
        // stands beside it, and the build's archive would not match it.
        for (SeatwiseSystem.Part part : SeatwiseSystem.Part.values()) {
            Path app = ROOT.resolve(part.module).resolve("target/quarkus-app");
            assertThat(Files.readString(app.resolve("app-cds.trained")).trim()).as(part + "'s trained archive")
                    .isEqualTo(sha256(app.resolve("app-cds.jsa")) + "  -");
        }

        // A second run while one is up says so, and starts nothing.
        Script second = script(Duration.ofSeconds(60), "start");
        assertThat(second.exit()).isEqualTo(3);
        assertThat(second.output()).contains("seatwise is already running (pid " + run.pid() + ")").contains("run.sh stop");
        assertThat(script(Duration.ofSeconds(30), "status").output()).contains("seatwise is running (pid " + run.pid() + ")");

        // The dashboard and one recommendation.
        var page = Api.get(gateway + "/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<main id=\"main\">").contains("/assets/app.js");
        assertThat(Api.get(gateway + "/assets/app.js").statusCode()).isEqualTo(200);
        JsonNode kz61 = Api.getJson(gateway + "/api/v1/recommendations/KZ-61");
        assertThat(kz61.get("seats").asInt()).as(kz61.toString()).isEqualTo(106);
        assertThat(kz61.get("input").get("value").asLong()).isEqualTo(1_177_507L);

        // Stop, as from another terminal (the same handler as Ctrl-C).
        Script stop = script(Duration.ofSeconds(120), "stop");
        assertThat(stop.exit()).as(stop.output()).isZero();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isZero();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (started.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(started.stream().filter(ProcessHandle::isAlive).map(p -> p.pid() + " " + p.info().commandLine().orElse("")))
                .as("processes the run started, still alive").isEmpty();
        assertThat(ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(state.toString())))
                .as("processes that use the run's state folder").isEmpty();
        assertThat(Files.readString(output)).contains("stopped every process this run started");
        // Nothing else: the broker that deploy/local/test.sh started for these tests still answers.
        String shared = System.getenv("SEATWISE_KAFKA");
        if (shared != null) {
            String[] hostPort = shared.split(":");
            try (Socket s = new Socket(hostPort[0], Integer.parseInt(hostPort[1]))) {
                assertThat(s.isConnected()).isTrue();
            }
        }
        assertThat(script(Duration.ofSeconds(30), "status").exit()).isEqualTo(1);

        // Reset: the state folder goes, and the run's databases with it.
        assertThat(state).isDirectory();
        Script reset = script(Duration.ofSeconds(60), "reset");
        assertThat(reset.exit()).as(reset.output()).isZero();
        assertThat(state).doesNotExist();
        try (Connection c = DriverManager.getConnection(PG_URL, "postgres", ""); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE '%_runit_%' AND datname IN ('"
                        + String.join("','", databases) + "')")) {
            r.next();
            assertThat(r.getInt(1)).isZero();
        }
    }

    @Test
    @DisplayName("a port in use stops the run before it starts anything, naming the port, the service and the log")
    void portTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            env.put("SEATWISE_MODEL_PORT", String.valueOf(taken.getLocalPort()));
            Script refused = script(Duration.ofSeconds(60), "start");
            assertThat(refused.exit()).isNotZero();
            assertThat(refused.output()).contains("port " + taken.getLocalPort() + " (model-service) is in use by another program")
                    .contains("SEATWISE_MODEL_PORT").contains("Log: " + state.resolve("logs/run.log"));
            assertThat(Files.readString(state.resolve("logs/run.log"))).contains("is in use by another program");
            assertThat(state.resolve("kafka")).doesNotExist();
            assertThat(state.resolve("run.pid")).doesNotExist();
        }
    }

    @Test
    @DisplayName("a Java older than 17 on the PATH stops the run at once with a message that says which one and what to install")
    void oldJava() throws Exception {
        Path bin = Files.createDirectories(work.resolve(state.getFileName() + "-bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.22\" 2024-01-16' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        Script refused = script(Duration.ofSeconds(60), "start");
        assertThat(refused.exit()).isNotZero();
        assertThat(refused.output()).contains("Java 17 or newer is needed").contains(java.toString()).contains("11.0.22")
                .contains("openjdk-17-jdk-headless");
        assertThat(state.resolve("run.pid")).doesNotExist();
    }

    // ---- helpers ----

    record Script(int exit, String output) {
    }

    private Script script(Duration timeout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("run.sh " + String.join(" ", args) + " did not finish within " + timeout);
        }
        return new Script(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    private void awaitOutput(Path output, String wanted, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(output) ? Files.readString(output) : "";
            if (text.contains(wanted)) {
                return;
            }
            if (!run.isAlive()) {
                throw new AssertionError("run.sh exited with " + run.exitValue() + " before '" + wanted + "':\n" + text);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no '" + wanted + "' within " + timeout + ":\n" + Files.readString(output));
    }

    private List<Path> pidFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> pids = Files.list(state.resolve("pids"))) {
            pids.forEach(files::add);
        }
        files.add(state.resolve("kafka/broker.pid"));
        return files;
    }

    /** As sha256sum prints it, without the file's name. */
    private static String sha256(Path file) throws Exception {
        var digest = java.security.MessageDigest.getInstance("SHA-256");
        try (var in = new java.security.DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** Whether a process runs in the part's target/quarkus-app (where the AppCDS archive's class path holds). */
    private static boolean cwdIs(ProcessHandle p, SeatwiseSystem.Part part) {
        try {
            return Files.readSymbolicLink(Path.of("/proc", String.valueOf(p.pid()), "cwd")).endsWith(
                    Path.of(part.module, "target", "quarkus-app"));
        } catch (IOException e) {
            return false;
        }
    }
}
