package org.seatwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks on each overlay as `kubectl kustomize deploy/k8s/overlays/NAME` renders it: what an operator
 * would apply. Run with `mvn -pl deploy verify`; deploy/k8s/README.md names this class.
 */
@DisplayName("Rendered overlay")
class RenderedOverlaysTest {

    private static final Map<String, Manifests> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Manifests render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, o -> Manifests.parse(Kustomize.overlay(o)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("every document reads into its fabric8 or Strimzi model, with no field its schema lacks")
    void everyDocumentReadsIntoItsModel(String overlay) {
        Manifests m = render(overlay);
        assertThat(m.problems()).isEmpty();
        Map<String, Integer> kinds = new TreeMap<>();
        m.documents().forEach(d -> kinds.merge(d.kind(), 1, Integer::sum));
        // Not vacuous: the whole system is there.
        assertThat(kinds).containsEntry("Deployment", 4).containsEntry("Service", 4).containsEntry("ConfigMap", 4)
                .containsEntry("Kafka", 1).containsEntry("KafkaTopic", 3).containsEntry("KafkaUser", 4)
                .containsEntry("Cluster", 3).containsEntry("Ingress", 1)
                .containsEntry("HorizontalPodAutoscaler", 2).containsEntry("PodDisruptionBudget", 2)
                .containsKey("KafkaNodePool");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("Strimzi resources use only what the kafka.strimzi.io/v1 API of Strimzi 1.x has")
    void strimziResourcesAreV1(String overlay) {
        assertThat(StrimziV1.problems(render(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("every service runs a tagged image with resources, SmallRye Health probes and a non-root read-only container")
    void everyServiceDeploymentIsComplete(String overlay) {
        assertThat(Checks.deployments(render(overlay), ServiceModule.all())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("every service has a Service on its HTTP port and the ConfigMap its pods read")
    void everyServiceHasItsServiceAndConfigMap(String overlay) {
        assertThat(Checks.servicesAndConfig(render(overlay), ServiceModule.all())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("the gateway and every service verify analysts' tokens with the public key of the one ConfigMap")
    void everyServiceHasThePublicKey(String overlay) {
        assertThat(ServiceModule.all()).filteredOn(s -> s.jwtPublicKeyVariable() != null).hasSize(4);
        assertThat(Checks.jwtPublicKey(render(overlay), ServiceModule.all())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("the Ingress sends / to the gateway, and the gateway's upstream URLs reach the services")
    void theGatewayIsTheDoor(String overlay) {
        Manifests m = render(overlay);
        ServiceModule gateway = ServiceModule.named("gateway");
        assertThat(gateway.upstreams()).hasSize(3);
        assertThat(Checks.ingress(m, gateway)).isEmpty();
        assertThat(Checks.gatewayUpstreams(m, gateway, ServiceModule.all())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("the gateway and model-service have an autoscaler and a disruption budget, within the topics' partitions")
    void gatewayAndModelServiceScale(String overlay) {
        assertThat(Checks.autoscaled(render(overlay), Set.of("gateway", "model-service"), ServiceModule.all())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("every topic the services read or their outbox relays publish has a KafkaTopic")
    void everyTopicHasAKafkaTopic(String overlay) {
        assertThat(Checks.topics(render(overlay), ServiceModule.allTopics())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("each service's KafkaUser may use exactly its own topics and consumer groups")
    void kafkaUsersHaveOnlyTheirOwnAcls(String overlay) {
        assertThat(Checks.kafkaUsers(render(overlay), ServiceModule.all())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("each service connects to Kafka as its own KafkaUser over SCRAM and TLS")
    void kafkaClientsAuthenticate(String overlay) {
        assertThat(Checks.kafkaClients(render(overlay), ServiceModule.all())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("each service with a datasource takes it from the Secret of its own CloudNativePG cluster")
    void databasesComeFromOperatorSecrets(String overlay) {
        assertThat(Checks.databases(render(overlay), ServiceModule.all())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev", "prod" })
    @DisplayName("no Secret data or literal credential is in the rendered manifests")
    void noSecretIsRendered(String overlay) {
        assertThat(Checks.noCommittedSecrets(render(overlay))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "dev" })
    @DisplayName("in dev every topic has one replica, as the single broker can hold")
    void devTopicsHaveOneReplica(String overlay) {
        assertThat(Checks.replication(render(overlay), 1)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "prod" })
    @DisplayName("in prod every topic has three replicas on at least three brokers")
    void prodTopicsHaveThreeReplicas(String overlay) {
        assertThat(Checks.replication(render(overlay), 3)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    @DisplayName("no committed file under deploy/k8s holds a Secret with data or a secretGenerator")
    void noSecretIsCommitted() {
        assertThat(Checks.noSecretsInSources(Kustomize.root().resolve("deploy/k8s"))).isEmpty();
    }
}
