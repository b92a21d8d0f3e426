package org.seatwise.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;

/**
 * A rendered overlay: every YAML document read into the model of its kind (fabric8 for Kubernetes kinds,
 * the Strimzi API for kafka.strimzi.io/v1), with what could not be read kept as a list of problems.
 */
final class Manifests {

    static final YAMLMapper YAML = YAMLMapper.builder(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER))
            .build();
    /** Strimzi's model keeps unknown fields in additionalProperties; {@link UnknownFields} reports them. */
    private static final ObjectMapper STRIMZI = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final KubernetesSerialization KUBERNETES = new KubernetesSerialization();

    static final String STRIMZI_GROUP = "kafka.strimzi.io";
    static final String STRIMZI_VERSION = STRIMZI_GROUP + "/v1";
    static final String CNPG_VERSION = "postgresql.cnpg.io/v1";

    /** The Kubernetes kinds this project deploys, each with the fabric8 class it must read into. */
    private static final Map<String, Class<? extends HasMetadata>> KUBERNETES_KINDS = Map.of(
            "v1/Namespace", Namespace.class,
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "apps/v1/Deployment", Deployment.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
    private static final Map<String, Class<? extends HasMetadata>> STRIMZI_KINDS = Map.of(
            "Kafka", Kafka.class,
            "KafkaNodePool", KafkaNodePool.class,
            "KafkaTopic", KafkaTopic.class,
            "KafkaUser", KafkaUser.class);

    /** One YAML document: where it is, its raw tree, and its model (null when it could not be read). */
    record Document(int index, String apiVersion, String kind, String name, ObjectNode raw, HasMetadata model) {
        String id() {
            return kind + "/" + name;
        }
    }

    private final List<Document> documents;
    private final List<String> problems;

    private Manifests(List<Document> documents, List<String> problems) {
        this.documents = List.copyOf(documents);
        this.problems = List.copyOf(problems);
    }

    static Manifests parse(String yaml) {
        List<Document> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<JsonNode> nodes;
        try (var values = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            nodes = values.readAll();
        } catch (IOException e) {
            return new Manifests(List.of(), List.of("not YAML: " + e.getMessage()));
        }
        int index = 0;
        for (JsonNode node : nodes) {
            index++;
            if (node == null || node.isNull() || node.isMissingNode()) {
                continue;
            }
            if (!(node instanceof ObjectNode object)) {
                problems.add("document " + index + " is not a mapping");
                continue;
            }
            String apiVersion = object.path("apiVersion").asText("");
            String kind = object.path("kind").asText("");
            String name = object.path("metadata").path("name").asText("");
            String where = "document " + index + " (" + apiVersion + " " + kind + " " + name + ")";
            if (apiVersion.isEmpty() || kind.isEmpty() || name.isEmpty()) {
                problems.add(where + " lacks apiVersion, kind or metadata.name");
                continue;
            }
            HasMetadata model = null;
            try {
                model = read(object, apiVersion, kind, where, problems);
            } catch (IllegalArgumentException | UncheckedIOException | ClassCastException e) {
                problems.add(where + " does not read into its model: " + rootMessage(e));
            }
            if (model != null && !(model instanceof GenericKubernetesResource)) {
                for (String unknown : UnknownFields.in(model)) {
                    problems.add(where + " has a field its schema does not know: " + unknown);
                }
            }
            documents.add(new Document(index, apiVersion, kind, name, object, model));
        }
        return new Manifests(documents, problems);
    }

    private static HasMetadata read(ObjectNode object, String apiVersion, String kind, String where, List<String> problems) {
        if (apiVersion.startsWith(STRIMZI_GROUP + "/")) {
            if (!apiVersion.equals(STRIMZI_VERSION)) {
                problems.add(where + " uses " + apiVersion + "; Strimzi 1.x serves only " + STRIMZI_VERSION);
                return null;
            }
            Class<? extends HasMetadata> type = STRIMZI_KINDS.get(kind);
            if (type == null) {
                problems.add(where + " is not a Strimzi kind this project deploys");
                return null;
            }
            return STRIMZI.convertValue(object, type);
        }
        if (apiVersion.equals(CNPG_VERSION) && kind.equals("Cluster")) {
            // No Java model of CloudNativePG on Maven Central: read generically, checked by CloudNativePg.
            GenericKubernetesResource cluster = KUBERNETES.convertValue(object, GenericKubernetesResource.class);
            CloudNativePg.problems(cluster).forEach(p -> problems.add(where + " " + p));
            return cluster;
        }
        Class<? extends HasMetadata> type = KUBERNETES_KINDS.get(apiVersion + "/" + kind);
        if (type == null) {
            problems.add(where + " is not a kind this project deploys (or not at that apiVersion)");
            return null;
        }
        KubernetesResource read = KUBERNETES.unmarshal(object.toString());
        if (!type.isInstance(read)) {
            problems.add(where + " reads as " + read.getClass().getSimpleName() + ", not " + type.getSimpleName());
            return null;
        }
        return type.cast(read);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }

    List<String> problems() {
        return problems;
    }

    List<Document> documents() {
        return documents;
    }

    <T> List<T> all(Class<T> type) {
        return documents.stream().map(Document::model).filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String name) {
        return all(type).stream().filter(r -> name.equals(r.getMetadata().getName())).findFirst();
    }

    List<GenericKubernetesResource> postgresClusters() {
        return documents.stream()
                .filter(d -> d.apiVersion().equals(CNPG_VERSION) && d.kind().equals("Cluster"))
                .map(d -> (GenericKubernetesResource) d.model())
                .toList();
    }

    /** The same documents as YAML, with one document changed: how the tests make a broken manifest. */
    String yamlWith(String kind, String name, Consumer<ObjectNode> change) {
        StringBuilder out = new StringBuilder();
        boolean found = false;
        for (Document d : documents) {
            ObjectNode copy = d.raw().deepCopy();
            if (d.kind().equals(kind) && d.name().equals(name)) {
                change.accept(copy);
                found = true;
            }
            out.append("---\n").append(toYaml(copy));
        }
        if (!found) {
            throw new IllegalArgumentException("no " + kind + "/" + name + " to change");
        }
        return out.toString();
    }

    /** The same documents plus one more. */
    String yamlPlus(String extraDocument) {
        StringBuilder out = new StringBuilder();
        for (Document d : documents) {
            out.append("---\n").append(toYaml(d.raw()));
        }
        return out.append("---\n").append(extraDocument).toString();
    }

    private static String toYaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
