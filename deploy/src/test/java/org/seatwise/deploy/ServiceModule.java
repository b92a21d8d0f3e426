package org.seatwise.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service's own application.properties says the manifests must provide: its name and port, the
 * environment variables of its datasource, the topics and consumer groups it reads, and (for the gateway)
 * the services it forwards to. Read from the source, so a new topic or variable fails the checks until the
 * manifests follow.
 */
record ServiceModule(
        String module,
        String applicationName,
        int httpPort,
        /** CloudNativePG app-Secret key (host, port, dbname, username, password) → the variable that carries it. */
        Map<String, String> databaseVariables,
        List<Consumer> consumers,
        /** Upstream variable (SEATWISE_CENSUS_URL) → the port its local default points at. */
        Map<String, Integer> upstreams,
        boolean usesKafka,
        /** The variable that names the public key verifying analysts' tokens; null when the service reads none. */
        String jwtPublicKeyVariable) {

    /** The modules that are deployed as services. */
    static final List<String> MODULES = List.of("census-service", "election-service", "model-service", "gateway");

    /**
     * The producer of each topic of contracts' Topics.java, as DESIGN.md's table of services says: every
     * service publishes its own topic through its outbox relay.
     */
    static final Map<String, String> PRODUCERS = Map.of(
            "seatwise.census.v1", "census-service",
            "seatwise.election.v1", "election-service",
            "seatwise.recommendations.v1", "model-service");

    /** A consumer group; a group id ending in ${quarkus.uuid} is one group per instance: a prefix. */
    record Group(String name, boolean prefix) {
        boolean matches(String groupId) {
            return prefix ? groupId.startsWith(name) : groupId.equals(name);
        }
    }

    record Consumer(String channel, String topic, Group group) {
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)(?::([^}]*))?}");
    private static final Pattern JDBC = Pattern.compile(
            "jdbc:postgresql://(\\$\\{[^}]*}|[^:/]+):(\\$\\{[^}]*}|\\d+)/(\\$\\{[^}]*}|[^?]+)");
    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+\\w+\\s*=\\s*\"([^\"]+)\"");

    static List<ServiceModule> all() {
        return MODULES.stream().map(m -> read(Kustomize.root(), m)).toList();
    }

    static ServiceModule named(String applicationName) {
        return all().stream().filter(m -> m.applicationName().equals(applicationName)).findFirst().orElseThrow();
    }

    static ServiceModule read(Path root, String module) {
        Properties p = new Properties();
        Path file = root.resolve(module).resolve("src/main/resources/application.properties");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String name = required(p, "quarkus.application.name", file);
        int port = Integer.parseInt(defaultOf(required(p, "quarkus.http.port", file)));

        Map<String, String> database = new LinkedHashMap<>();
        if (p.getProperty("quarkus.datasource.db-kind") != null) {
            Matcher url = JDBC.matcher(required(p, "quarkus.datasource.jdbc.url", file));
            if (!url.matches()) {
                throw new IllegalStateException(file + ": quarkus.datasource.jdbc.url is not jdbc:postgresql://host:port/db");
            }
            database.put("host", variableOf(url.group(1), "datasource host", file));
            database.put("port", variableOf(url.group(2), "datasource port", file));
            database.put("dbname", variableOf(url.group(3), "datasource database", file));
            database.put("username", variableOf(required(p, "quarkus.datasource.username", file), "datasource user", file));
            database.put("password", variableOf(required(p, "quarkus.datasource.password", file), "datasource password", file));
        }

        List<Consumer> consumers = new ArrayList<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            Matcher m = INCOMING_TOPIC.matcher(key);
            if (!m.matches()) {
                continue;
            }
            String channel = m.group(1);
            String topic = resolve(p.getProperty(key));
            if (topic.contains("${")) {
                throw new IllegalStateException(file + ": cannot resolve the topic of channel " + channel);
            }
            String groupId = Optional.ofNullable(p.getProperty("mp.messaging.incoming." + channel + ".group.id"))
                    .or(() -> Optional.ofNullable(p.getProperty("mp.messaging.connector.smallrye-kafka.group.id")))
                    .orElse(name); // Quarkus's default group id is the application name
            consumers.add(new Consumer(channel, topic, group(groupId)));
        }
        // The gateway reads its one topic with a plain Kafka consumer (RecommendationTopic), named by these two.
        if (p.getProperty("seatwise.stream.topic") != null) {
            consumers.add(new Consumer("stream", resolve(p.getProperty("seatwise.stream.topic")),
                    group(p.getProperty("seatwise.stream.group-id", name))));
        }

        Map<String, Integer> upstreams = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            Matcher m = PLACEHOLDER.matcher(p.getProperty(key));
            if (key.startsWith("seatwise.gateway.") && m.matches() && m.group(2) != null
                    && m.group(2).startsWith("http")) {
                upstreams.put(m.group(1), java.net.URI.create(m.group(2)).getPort());
            }
        }
        boolean kafka = p.getProperty("kafka.bootstrap.servers") != null;
        String key = p.getProperty("mp.jwt.verify.publickey.location");
        return new ServiceModule(module, name, port, Map.copyOf(database), List.copyOf(consumers),
                Map.copyOf(upstreams), kafka, key == null ? null : variableOf(key, "public key", file));
    }

    /** The topics of contracts' Topics.java: the ones the outbox relays publish. */
    static Set<String> publishedTopics() {
        Path file = Kustomize.root().resolve("contracts/src/main/java/org/seatwise/contracts/Topics.java");
        try {
            Set<String> topics = new TreeSet<>();
            Matcher m = TOPIC_CONSTANT.matcher(Files.readString(file));
            while (m.find()) {
                topics.add(m.group(1));
            }
            return topics;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every topic a service reads or the outbox relays publish. */
    static Set<String> allTopics() {
        Set<String> topics = new TreeSet<>(publishedTopics());
        all().forEach(m -> m.consumers().forEach(c -> topics.add(c.topic())));
        return topics;
    }

    Set<String> producedTopics() {
        Set<String> topics = new TreeSet<>();
        PRODUCERS.forEach((topic, producer) -> {
            if (producer.equals(applicationName)) {
                topics.add(topic);
            }
        });
        return topics;
    }

    Set<String> consumedTopics() {
        Set<String> topics = new TreeSet<>();
        consumers.forEach(c -> topics.add(c.topic()));
        return topics;
    }

    boolean hasDatabase() {
        return !databaseVariables.isEmpty();
    }

    private static String required(Properties p, String key, Path file) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(file + " has no " + key);
        }
        return value;
    }

    /** "${SEATWISE_CENSUS_PORT:8081}" → "8081"; "8081" → "8081". */
    private static String defaultOf(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        return m.matches() && m.group(2) != null ? m.group(2) : value;
    }

    /** "${SEATWISE_DB_HOST:127.0.0.1}" → "SEATWISE_DB_HOST": the variable the manifests must set. */
    private static String variableOf(String value, String what, Path file) {
        Matcher m = PLACEHOLDER.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException(file + ": the " + what + " is not taken from a variable: " + value);
        }
        return m.group(1);
    }

    /** Placeholders with a default take it ("${seatwise.topic-prefix:}" → ""); ${quarkus.uuid} stays. */
    private static String resolve(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(2) != null ? m.group(2) : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Group group(String groupId) {
        String resolved = resolve(groupId);
        int uuid = resolved.indexOf("${quarkus.uuid}");
        if (uuid >= 0) {
            return new Group(resolved.substring(0, uuid), true);
        }
        if (resolved.contains("${")) {
            throw new IllegalStateException("cannot resolve the consumer group " + groupId);
        }
        return new Group(resolved, false);
    }
}
