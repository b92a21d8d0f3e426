package org.seatwise.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the kafka.strimzi.io/v1 schema of Strimzi 1.x rejects but the 0.50 Java model still reads: the fields
 * that v1 removed (Strimzi proposal 113, "Strimzi v1 CRD API and 1.0.0 release"; confirmed by comparing the
 * getters of io.strimzi:api 0.50.0 and 1.2.0) and the fields v1 made required.
 */
final class StrimziV1 {

    /** Per kind, the paths (dot-separated, [] for every list item) that v1 no longer has. */
    private static final Map<String, List<String>> REMOVED = Map.of(
            "Kafka", List.of(
                    "spec.zookeeper", "spec.jmxTrans",
                    // brokers and controllers, their storage and resources live in KafkaNodePools
                    "spec.kafka.replicas", "spec.kafka.storage", "spec.kafka.resources",
                    "spec.kafka.template.statefulset",
                    "spec.cruiseControl.tlsSidecar", "spec.cruiseControl.template.tlsSidecarContainer",
                    "spec.kafkaExporter.template.service",
                    "spec.entityOperator.tlsSidecar", "spec.entityOperator.template.tlsSidecarContainer",
                    "spec.entityOperator.topicOperator.reconciliationIntervalSeconds",
                    "spec.entityOperator.topicOperator.zookeeperSessionTimeoutSeconds",
                    "spec.entityOperator.topicOperator.topicMetadataMaxAttempts",
                    "spec.entityOperator.userOperator.reconciliationIntervalSeconds",
                    "spec.entityOperator.userOperator.zookeeperSessionTimeoutSeconds"),
            "KafkaUser", List.of("spec.authorization.acls[].operation"),
            "KafkaNodePool", List.of("spec.storage.overrides", "spec.storage.volumes[].overrides"),
            "KafkaTopic", List.of());

    private StrimziV1() {
    }

    static List<String> problems(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Manifests.Document d : manifests.documents()) {
            if (!d.apiVersion().startsWith(Manifests.STRIMZI_GROUP + "/")) {
                continue;
            }
            if (!d.raw().path("spec").isObject()) {
                problems.add(d.id() + " has no spec (required in v1)");
            }
            for (String path : REMOVED.getOrDefault(d.kind(), List.of())) {
                if (present(d.raw(), path.split("\\."), 0)) {
                    problems.add(d.id() + " sets " + path + ", which the v1 API removed");
                }
            }
            if (d.kind().equals("KafkaUser")) {
                for (JsonNode acl : d.raw().path("spec").path("authorization").path("acls")) {
                    if (!acl.path("operations").isArray() || acl.path("operations").isEmpty()) {
                        problems.add(d.id() + " has an ACL rule without operations (required in v1)");
                    }
                }
            }
        }
        return problems;
    }

    private static boolean present(JsonNode node, String[] path, int at) {
        if (at == path.length) {
            return !node.isMissingNode() && !node.isNull();
        }
        String step = path[at];
        if (step.endsWith("[]")) {
            JsonNode list = node.path(step.substring(0, step.length() - 2));
            for (JsonNode item : list) {
                if (present(item, path, at + 1)) {
                    return true;
                }
            }
            return false;
        }
        return present(node.path(step), path, at + 1);
    }
}
