package org.seatwise.model.recommendation.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LockBucketTest {

    /** Kafka's default partitioner for a keyed record (BuiltInPartitioner.partitionForKey). */
    private static int partition(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    @ParameterizedTest(name = "{0} partitions")
    @ValueSource(ints = { 1, 2, 3, 4, 5, 6, 10, 12 })
    @DisplayName("units of two partitions never share a recomputation lock, so two partitions recompute side by side")
    void partitionsShareNoLock(int partitions) {
        Random random = new Random(20261202);
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            String unit = "KZ-" + Integer.toString(random.nextInt(1 << 30), 36).toUpperCase();
            int bucket = RecommendationStore.lockBucket(unit);
            assertThat(bucket).isBetween(0, RecommendationStore.LOCK_BUCKETS - 1);
            pairs.add(bucket + "/" + partition(unit, partitions));
        }
        // Every bucket belongs to exactly one partition.
        assertThat(pairs.stream().map(p -> p.substring(0, p.indexOf('/'))).distinct().count()).isEqualTo(pairs.size());
        assertThat(pairs).hasSize(RecommendationStore.LOCK_BUCKETS);
    }
}
