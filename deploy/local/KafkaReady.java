import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Exits 0 once the broker at args[0] has the topics named in args[1] (created with 4 partitions
 * when missing) and acknowledged a produce request. Run by kafka.sh with the broker's jars.
 */
public class KafkaReady {
    public static void main(String[] args) throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", args[0]);
        props.put("request.timeout.ms", "5000");
        props.put("default.api.timeout.ms", "8000");
        try (Admin admin = Admin.create(props)) {
            List<NewTopic> topics = new ArrayList<>();
            for (String name : args[1].split(",")) {
                topics.add(new NewTopic(name, 4, (short) 1));
            }
            topics.add(new NewTopic("seatwise.local.ready", 1, (short) 1));
            for (var result : admin.createTopics(topics).values().values()) {
                try {
                    result.get(8, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
        props.put("acks", "all");
        props.put("max.block.ms", "8000");
        props.put("delivery.timeout.ms", "8000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("seatwise.local.ready", "probe", "ready")).get(8, TimeUnit.SECONDS);
        }
    }
}
