package org.seatwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every check of {@link RenderedOverlaysTest}, fed a rendered overlay with one thing broken, reports it: no
 * check passes because it looks at nothing.
 */
@DisplayName("A broken manifest is caught when")
class BrokenManifestsAreCaughtTest {

    private static final List<ServiceModule> SERVICES = ServiceModule.all();

    private static Manifests dev() {
        return Manifests.parse(Kustomize.overlay("dev"));
    }

    private static Manifests prod() {
        return Manifests.parse(Kustomize.overlay("prod"));
    }

    /** The dev overlay with one document changed, rendered to YAML and read again like any manifest. */
    private static Manifests devWith(String kind, String name, Consumer<ObjectNode> change) {
        return Manifests.parse(dev().yamlWith(kind, name, change));
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.at("/spec/template/spec/containers/0");
    }

    private static ObjectNode env(ObjectNode deployment, String variable) {
        for (var e : container(deployment).withArray("env")) {
            if (e.path("name").asText().equals(variable)) {
                return (ObjectNode) e;
            }
        }
        throw new IllegalArgumentException("no env " + variable);
    }

    @Nested
    @DisplayName("a Deployment")
    class Deployments {

        @Test
        @DisplayName("lacks its readiness probe")
        void lacksReadinessProbe() {
            Manifests m = devWith("Deployment", "census-service", d -> container(d).remove("readinessProbe"));
            assertThat(Checks.deployments(m, SERVICES)).containsExactly(
                    "Deployment/census-service container census-service has no readinessProbe");
        }

        @Test
        @DisplayName("checks liveness on the readiness path")
        void livenessOnTheWrongPath() {
            Manifests m = devWith("Deployment", "model-service",
                    d -> container(d).with("livenessProbe").with("httpGet").put("path", Checks.READY));
            assertThat(Checks.deployments(m, SERVICES)).containsExactly("Deployment/model-service container "
                    + "model-service livenessProbe checks /q/health/ready, not /q/health/live");
        }

        @Test
        @DisplayName("probes a port the service does not listen on")
        void probesTheWrongPort() {
            Manifests m = devWith("Deployment", "election-service",
                    d -> container(d).with("startupProbe").with("httpGet").put("port", 8080));
            assertThat(Checks.deployments(m, SERVICES)).singleElement().asString()
                    .contains("startupProbe goes to port 8080, not the HTTP port 8082");
        }

        @Test
        @DisplayName("may run as root")
        void mayRunAsRoot() {
            Manifests m = devWith("Deployment", "gateway",
                    d -> ((ObjectNode) d.at("/spec/template/spec/securityContext")).remove("runAsNonRoot"));
            assertThat(Checks.deployments(m, SERVICES)).singleElement().asString().contains("runAsNonRoot: true");
        }

        @Test
        @DisplayName("has a writable root filesystem, privilege escalation and all capabilities")
        void isNotLockedDown() {
            Manifests m = devWith("Deployment", "gateway", d -> {
                ObjectNode security = container(d).with("securityContext");
                security.put("readOnlyRootFilesystem", false);
                security.remove("allowPrivilegeEscalation");
                security.remove("capabilities");
            });
            assertThat(Checks.deployments(m, SERVICES)).hasSize(3)
                    .anySatisfy(p -> assertThat(p).contains("readOnlyRootFilesystem: true"))
                    .anySatisfy(p -> assertThat(p).contains("allowPrivilegeEscalation: false"))
                    .anySatisfy(p -> assertThat(p).contains("drop ALL capabilities"));
        }

        @Test
        @DisplayName("has a read-only root but no emptyDir for /tmp")
        void hasNoTmp() {
            Manifests m = devWith("Deployment", "census-service", d -> {
                ArrayNode mounts = container(d).withArray("volumeMounts");
                for (int i = mounts.size() - 1; i >= 0; i--) {
                    if (mounts.get(i).path("mountPath").asText().equals("/tmp")) {
                        mounts.remove(i);
                    }
                }
            });
            assertThat(Checks.deployments(m, SERVICES)).singleElement().asString().contains("emptyDir volume mounted at /tmp");
        }

        @Test
        @DisplayName("runs an untagged image or another service's image")
        void runsTheWrongImage() {
            Manifests latest = devWith("Deployment", "census-service", d -> container(d).put("image", "seatwise/census-service:latest"));
            assertThat(Checks.deployments(latest, SERVICES)).singleElement().asString().contains("has no fixed tag");
            Manifests other = devWith("Deployment", "census-service", d -> container(d).put("image", "seatwise/gateway:0.1.0"));
            assertThat(Checks.deployments(other, SERVICES)).singleElement().asString().contains("is not the image of census-service");
        }

        @Test
        @DisplayName("has no resources")
        void hasNoResources() {
            Manifests m = devWith("Deployment", "model-service", d -> container(d).remove("resources"));
            assertThat(Checks.deployments(m, SERVICES)).containsExactly(
                    "Deployment/model-service container model-service needs resources.requests.cpu and .memory",
                    "Deployment/model-service container model-service needs resources.limits.memory");
        }

        @Test
        @DisplayName("misspells a field (readinesProbe), which fabric8 alone would swallow")
        void misspellsAField() {
            Manifests m = devWith("Deployment", "census-service", d -> {
                ObjectNode c = container(d);
                c.set("readinesProbe", c.remove("readinessProbe"));
            });
            assertThat(m.problems()).singleElement().asString()
                    .contains("Deployment census-service")
                    .endsWith("has a field its schema does not know: spec.template.spec.containers[0].readinesProbe");
        }

        @Test
        @DisplayName("stops reading its ConfigMap, or its Service selects other pods")
        void losesItsConfigMapOrService() {
            Manifests noConfig = devWith("Deployment", "election-service", d -> container(d).remove("envFrom"));
            assertThat(Checks.servicesAndConfig(noConfig, SERVICES)).containsExactly(
                    "Deployment/election-service does not read its ConfigMap election-service (envFrom)");
            Manifests wrongSelector = devWith("Service", "election-service",
                    s -> s.with("spec").with("selector").put("app.kubernetes.io/name", "census-service"));
            assertThat(Checks.servicesAndConfig(wrongSelector, SERVICES)).containsExactly(
                    "Service/election-service does not select the pods of Deployment/election-service");
        }
    }

    @Nested
    @DisplayName("analysts' tokens")
    class AnalystTokens {

        @Test
        @DisplayName("a service is not told where the public key is, or reads it from another ConfigMap")
        void serviceWithoutThePublicKey() {
            Manifests unset = devWith("ConfigMap", "election-service", c -> c.with("data").remove("SEATWISE_JWT_PUBLIC_KEY"));
            assertThat(Checks.jwtPublicKey(unset, SERVICES)).containsExactly(
                    "Deployment/election-service does not set SEATWISE_JWT_PUBLIC_KEY, so it would refuse every write");
            Manifests other = devWith("Deployment", "model-service", d -> {
                for (var v : d.at("/spec/template/spec").withArray("volumes")) {
                    if (v.has("configMap")) {
                        ((ObjectNode) v.get("configMap")).put("name", "someone-elses-key");
                    }
                }
            });
            assertThat(Checks.jwtPublicKey(other, SERVICES)).containsExactly("Deployment/model-service's "
                    + "SEATWISE_JWT_PUBLIC_KEY=/etc/seatwise/jwt/public.pem is not a file of the ConfigMap seatwise-jwt-public-key");
        }
    }

    @Nested
    @DisplayName("Kafka")
    class KafkaResources {

        @Test
        @DisplayName("has no KafkaTopic for a topic the services use")
        void lacksATopic() {
            Manifests m = devWith("KafkaTopic", "seatwise.census.v1",
                    t -> t.with("spec").put("topicName", "seatwise.census.v2"));
            assertThat(Checks.topics(m, ServiceModule.allTopics())).containsExactly("no KafkaTopic for topic seatwise.census.v1");
        }

        @Test
        @DisplayName("has a prod topic with two replicas, or a cluster whose internal topics want more brokers than it has")
        void replicatesTooLittleOrTooMuch() {
            Manifests twoReplicas = Manifests.parse(prod().yamlWith("KafkaTopic", "seatwise.election.v1",
                    t -> t.with("spec").put("replicas", 2)));
            assertThat(Checks.replication(twoReplicas, 3)).containsExactly(
                    "KafkaTopic seatwise.election.v1 has 2 replicas, expected 3");
            Manifests offsets = devWith("Kafka", "seatwise",
                    k -> k.with("spec").with("kafka").with("config").put("offsets.topic.replication.factor", 3));
            assertThat(Checks.replication(offsets, 1)).containsExactly(
                    "Kafka/seatwise offsets.topic.replication.factor=3 but only 1 broker(s)");
        }

        @Test
        @DisplayName("lets a service's user read or write another service's topic, write a topic it only reads, or not write its own")
        void grantsForeignTopics() {
            Manifests foreign = devWith("KafkaUser", "census-service", u -> {
                ObjectNode acl = u.with("spec").with("authorization").withArray("acls").addObject();
                acl.with("resource").put("type", "topic").put("name", "seatwise.election.v1").put("patternType", "literal");
                acl.withArray("operations").add("Read");
            });
            assertThat(Checks.kafkaUsers(foreign, SERVICES)).singleElement().asString()
                    .contains("KafkaUser/census-service may [READ] topic seatwise.election.v1, which census-service neither publishes nor reads");
            Manifests writesForeign = devWith("KafkaUser", "election-service", u -> {
                ObjectNode acl = u.with("spec").with("authorization").withArray("acls").addObject();
                acl.with("resource").put("type", "topic").put("name", "seatwise.recommendations.v1").put("patternType", "literal");
                acl.withArray("operations").add("Write");
            });
            assertThat(Checks.kafkaUsers(writesForeign, SERVICES)).containsExactly("KafkaUser/election-service may [WRITE] topic "
                    + "seatwise.recommendations.v1, which election-service neither publishes nor reads");
            Manifests writesWhatItReads = devWith("KafkaUser", "model-service", u -> {
                for (var acl : u.at("/spec/authorization/acls")) {
                    if (acl.at("/resource/name").asText().equals("seatwise.census.v1")) {
                        ((ArrayNode) acl.get("operations")).add("Write");
                    }
                }
            });
            assertThat(Checks.kafkaUsers(writesWhatItReads, SERVICES)).first().asString()
                    .startsWith("KafkaUser/model-service may [WRITE] topic seatwise.census.v1; it needs only");
            Manifests none = devWith("KafkaUser", "census-service",
                    u -> u.with("spec").with("authorization").putArray("acls"));
            assertThat(Checks.kafkaUsers(none, SERVICES)).containsExactly(
                    "KafkaUser/census-service cannot Write its own topic seatwise.census.v1");
        }

        @Test
        @DisplayName("gives the gateway one literal group instead of its per-instance prefix")
        void grantsTheWrongGroup() {
            Manifests m = devWith("KafkaUser", "gateway", u -> {
                ArrayNode acls = u.with("spec").with("authorization").withArray("acls");
                ((ObjectNode) acls.get(1).get("resource")).put("name", "gateway").put("patternType", "literal");
            });
            assertThat(Checks.kafkaUsers(m, SERVICES)).containsExactly(
                    "KafkaUser/gateway may use consumer group gateway, which is not gateway's",
                    "KafkaUser/gateway cannot Read its consumer group gateway-*");
        }

        @Test
        @DisplayName("a client takes another service's Kafka credentials, or a listener needs none")
        void authenticatesWrongly() {
            Manifests borrowed = devWith("Deployment", "gateway",
                    d -> env(d, "KAFKA_SASL_JAAS_CONFIG").with("valueFrom").with("secretKeyRef").put("name", "model-service"));
            assertThat(Checks.kafkaClients(borrowed, SERVICES)).singleElement().asString()
                    .startsWith("Deployment/gateway must take KAFKA_SASL_JAAS_CONFIG from its KafkaUser's Secret gateway");
            Manifests open = devWith("Kafka", "seatwise",
                    k -> ((ObjectNode) k.at("/spec/kafka/listeners/0")).remove("authentication"));
            assertThat(Checks.kafkaClients(open, SERVICES)).contains(
                    "Kafka/seatwise listener tls lets clients in without authentication");
        }

        @Test
        @DisplayName("a Strimzi resource uses a field the v1 API removed, or an old apiVersion")
        void usesWhatV1Removed() {
            Manifests replicas = devWith("Kafka", "seatwise", k -> k.with("spec").with("kafka").put("replicas", 3));
            assertThat(StrimziV1.problems(replicas)).containsExactly(
                    "Kafka/seatwise sets spec.kafka.replicas, which the v1 API removed");
            Manifests operation = devWith("KafkaUser", "gateway",
                    u -> ((ObjectNode) u.at("/spec/authorization/acls/0")).put("operation", "Read"));
            assertThat(StrimziV1.problems(operation)).containsExactly(
                    "KafkaUser/gateway sets spec.authorization.acls[].operation, which the v1 API removed");
            Manifests beta = devWith("KafkaTopic", "seatwise.census.v1", t -> t.put("apiVersion", "kafka.strimzi.io/v1beta2"));
            assertThat(beta.problems()).singleElement().asString()
                    .endsWith("uses kafka.strimzi.io/v1beta2; Strimzi 1.x serves only kafka.strimzi.io/v1");
        }

        @Test
        @DisplayName("a KafkaTopic misspells a field, which the Strimzi model alone would swallow")
        void misspellsATopicField() {
            Manifests m = devWith("KafkaTopic", "seatwise.census.v1", t -> {
                ObjectNode spec = t.with("spec");
                spec.set("partitons", spec.remove("partitions"));
            });
            assertThat(m.problems()).singleElement().asString().endsWith("has a field its schema does not know: spec.partitons");
        }
    }

    @Nested
    @DisplayName("scaling")
    class Scaling {

        @Test
        @DisplayName("model-service may scale past its topics' partitions, or its Deployment pins the replicas")
        void scalesPastPartitions() {
            Manifests m = Manifests.parse(devWith("HorizontalPodAutoscaler", "model-service",
                    h -> h.with("spec").put("maxReplicas", 12)).yamlWith("Deployment", "model-service",
                            d -> d.with("spec").put("replicas", 2)));
            assertThat(Checks.autoscaled(m, Set.of("model-service"), SERVICES)).containsExactlyInAnyOrder(
                    "Deployment/model-service sets replicas although an autoscaler owns the count (every apply would reset it)",
                    "HorizontalPodAutoscaler for model-service allows 12 replicas but seatwise.census.v1 has 6 partitions "
                            + "for its consumer group model-service",
                    "HorizontalPodAutoscaler for model-service allows 12 replicas but seatwise.election.v1 has 6 partitions "
                            + "for its consumer group model-service");
        }

        @Test
        @DisplayName("the gateway's disruption budget selects other pods")
        void budgetSelectsOtherPods() {
            Manifests m = devWith("PodDisruptionBudget", "gateway",
                    p -> p.with("spec").with("selector").with("matchLabels").put("app.kubernetes.io/name", "census-service"));
            assertThat(Checks.autoscaled(m, Set.of("gateway"), SERVICES)).containsExactly(
                    "no PodDisruptionBudget selects the pods of Deployment/gateway");
        }

        @Test
        @DisplayName("the Ingress sends / elsewhere, or the gateway calls a service on the wrong port")
        void routesWrongly() {
            ServiceModule gateway = ServiceModule.named("gateway");
            Manifests ingress = devWith("Ingress", "gateway",
                    i -> ((ObjectNode) i.at("/spec/rules/0/http/paths/0/backend/service")).put("name", "census-service"));
            assertThat(Checks.ingress(ingress, gateway)).containsExactly(
                    "no Ingress routes / (Prefix) to a port of Service/gateway");
            Manifests upstream = devWith("ConfigMap", "gateway",
                    c -> c.with("data").put("SEATWISE_MODEL_URL", "http://model-service:8080"));
            assertThat(Checks.gatewayUpstreams(upstream, gateway, SERVICES)).containsExactly(
                    "the gateway's SEATWISE_MODEL_URL=http://model-service:8080 does not reach model-service on port 8083");
        }
    }

    @Nested
    @DisplayName("credentials")
    class Credentials {

        @Test
        @DisplayName("a database password is written into the Deployment")
        void passwordIsLiteral() {
            Manifests m = devWith("Deployment", "election-service", d -> {
                ObjectNode password = env(d, "SEATWISE_DB_PASSWORD");
                password.remove("valueFrom");
                password.put("value", "hunter2");
            });
            assertThat(Checks.databases(m, SERVICES)).containsExactly("Deployment/election-service must take "
                    + "SEATWISE_DB_PASSWORD from its database Secret (secretKeyRef, key password)");
            assertThat(Checks.noCommittedSecrets(m)).containsExactly(
                    "Deployment/election-service sets SEATWISE_DB_PASSWORD literally");
        }

        @Test
        @DisplayName("a service reads another service's database, or a key of the wrong name")
        void readsAnotherDatabase() {
            Manifests shared = devWith("Deployment", "model-service", d -> {
                for (var e : container(d).withArray("env")) {
                    if (e.has("valueFrom") && e.at("/valueFrom/secretKeyRef/name").asText().equals("model-db-app")) {
                        ((ObjectNode) e.at("/valueFrom/secretKeyRef")).put("name", "census-db-app");
                    }
                }
            });
            assertThat(Checks.databases(shared, SERVICES)).singleElement().asString().contains("share the database cluster census-db");
            Manifests wrongKey = devWith("Deployment", "census-service",
                    d -> env(d, "SEATWISE_DB_USER").with("valueFrom").with("secretKeyRef").put("key", "user"));
            assertThat(Checks.databases(wrongKey, SERVICES)).containsExactly(
                    "Deployment/census-service takes SEATWISE_DB_USER from key user, not username");
        }

        @Test
        @DisplayName("a Secret with data is rendered or committed")
        void secretIsCommitted(@TempDir Path dir) throws IOException {
            String secret = """
                    apiVersion: v1
                    kind: Secret
                    metadata:
                      name: census-db-app
                    stringData:
                      password: hunter2
                    """;
            assertThat(Checks.noCommittedSecrets(Manifests.parse(dev().yamlPlus(secret)))).containsExactly(
                    "Secret/census-db-app carries data; credentials come from the operators");
            Files.writeString(dir.resolve("secret.yaml"), secret);
            assertThat(Checks.noSecretsInSources(dir)).containsExactly("secret.yaml commits a Secret with data");
        }

        @Test
        @DisplayName("a CloudNativePG Cluster misspells a field or has no initdb database")
        void clusterIsIncomplete() {
            Manifests m = devWith("Cluster", "model-db", c -> {
                ObjectNode spec = c.with("spec");
                spec.set("instaces", spec.remove("instances"));
                spec.remove("bootstrap");
            });
            assertThat(m.problems()).hasSize(3)
                    .anySatisfy(p -> assertThat(p).endsWith("has a field its schema does not know: spec.instaces"))
                    .anySatisfy(p -> assertThat(p).endsWith("needs spec.instances, a whole number of at least 1"))
                    .anySatisfy(p -> assertThat(p).contains("needs spec.bootstrap.initdb.database and .owner"));
        }
    }
}
