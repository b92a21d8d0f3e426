package org.seatwise.bench.propagation;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.postgresql.PGConnection;
import org.seatwise.system.SeatwiseSystem;
import org.seatwise.system.SeatwiseSystem.Part;

/**
 * The floor our design could reach on this machine: the bulletin's N rows written by one raw
 * PostgreSQL {@code COPY} (into a table of election-service's database, where the bulletin goes), then
 * N records produced to Kafka with the outbox relay's producer settings and every acknowledgement
 * awaited. No validation, no outbox, no consumer, no recomputation.
 */
public final class RawFloor {

    /** Seconds for the COPY and for the produce. */
    public record Figures(double copySeconds, double produceSeconds) {
        public double totalSeconds() {
            return copySeconds + produceSeconds;
        }
    }

    private RawFloor() {
    }

    /** Produces to {@code topic}, which must be new: {@link DesignFloor} reads these records back. */
    static Figures measure(SeatwiseSystem system, String csv, int n, String topic) throws Exception {
        long start = System.nanoTime();
        try (Connection c = system.connect(Part.ELECTION); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_floor (unit_code text NOT NULL, voters bigint NOT NULL)");
            s.execute("TRUNCATE bench_floor");
            start = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY bench_floor FROM STDIN (FORMAT csv, HEADER true)", new StringReader(csv));
        }
        double copySeconds = (System.nanoTime() - start) / 1e9;
        try (KafkaProducer<String, byte[]> producer = Kafka.producer(system.kafka(), "bench-floor")) {
            producer.partitionsFor(topic); // metadata fetched before the clock starts
            start = System.nanoTime();
            List<Future<RecordMetadata>> acks = new ArrayList<>(n);
            for (String line : csv.substring(csv.indexOf('\n') + 1).split("\n")) {
                int comma = line.indexOf(',');
                String json = "{\"unitCode\":\"" + line.substring(0, comma) + "\",\"voters\":" + line.substring(comma + 1) + "}";
                acks.add(producer.send(new ProducerRecord<>(topic, line.substring(0, comma), json.getBytes(StandardCharsets.UTF_8))));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get(60, TimeUnit.SECONDS);
            }
        }
        return new Figures(copySeconds, (System.nanoTime() - start) / 1e9);
    }
}
