package org.seatwise.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The shared local Kafka broker of deploy/local/kafka.sh, stopped and started by a fault test.
 * Other developers use the same broker: a test keeps it down briefly and always starts it again,
 * also when the test JVM is interrupted (a shutdown hook).
 */
final class LocalBroker {

    private final Path root;
    private final String bootstrap;
    private Thread restartOnExit;

    LocalBroker(Path root, String bootstrap) {
        this.root = root;
        this.bootstrap = bootstrap;
    }

    /** Stops the broker (kafka.sh stop waits until its process is gone). */
    synchronized void stop() throws IOException, InterruptedException {
        if (restartOnExit == null) {
            restartOnExit = new Thread(() -> {
                try {
                    script("start");
                } catch (Exception e) {
                    System.err.println("could not restart the Kafka broker: " + e.getMessage());
                }
            }, "restart-kafka-broker");
            Runtime.getRuntime().addShutdownHook(restartOnExit);
        }
        script("stop");
    }

    /** Starts the broker (idempotent) and waits until it acknowledges a produce request. */
    synchronized void start(Duration timeout) throws IOException, InterruptedException {
        script("start");
        awaitProduce(timeout);
        if (restartOnExit != null) {
            Runtime.getRuntime().removeShutdownHook(restartOnExit);
            restartOnExit = null;
        }
    }

    /** Produces one record to a throw-away topic until the broker acknowledges it. */
    void awaitProduce(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            try (var producer = new KafkaProducer<String, String>(Map.of("bootstrap.servers", bootstrap, "max.block.ms", 5000,
                    "request.timeout.ms", 5000, "delivery.timeout.ms", 10000), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("seatwise-system-tests.broker-probe", "probe", "probe")).get(10, TimeUnit.SECONDS);
                return;
            } catch (Exception e) {
                last = new IllegalStateException(e);
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the broker at " + bootstrap + " does not accept produce requests within " + timeout, last);
    }

    private void script(String action) throws IOException, InterruptedException {
        Path log = root.resolve("system-tests/target/kafka-" + action + ".log");
        Process p = new ProcessBuilder(root.resolve("deploy/local/kafka.sh").toString(), action).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("kafka.sh " + action + " did not finish within 120 s; see " + log);
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("kafka.sh " + action + " exited with " + p.exitValue() + "; see " + log);
        }
    }
}
