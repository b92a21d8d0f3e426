package org.seatwise.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.ServiceBackendPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.KafkaAuthorizationSimple;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.kafka.listener.KafkaListenerAuthenticationScramSha512;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.nodepool.ProcessRoles;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRule;
import io.strimzi.api.kafka.model.user.acl.AclRuleGroupResource;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResource;

/**
 * The checks of the rendered manifests. Each takes the manifests (and what the services' sources say) and
 * returns its problems as sentences: empty when the manifests are right. The tests run them on the real
 * overlays and on deliberately broken copies, so that each check is seen to fail.
 */
final class Checks {

    static final String LIVE = "/q/health/live";
    static final String READY = "/q/health/ready";
    private static final String STRIMZI_CLUSTER_LABEL = "strimzi.io/cluster";
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|JAAS|CREDENTIAL).*",
            Pattern.CASE_INSENSITIVE);

    private Checks() {
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deployments

    /** Every Deployment is one of the services, and each service's Deployment passes {@link #deployment}. */
    static List<String> deployments(Manifests m, List<ServiceModule> modules) {
        List<String> problems = new ArrayList<>();
        Set<String> names = new HashSet<>();
        modules.forEach(s -> names.add(s.applicationName()));
        for (Deployment d : m.all(Deployment.class)) {
            if (!names.contains(d.getMetadata().getName())) {
                problems.add("Deployment/" + d.getMetadata().getName() + " is not one of the services " + names);
            }
        }
        for (ServiceModule s : modules) {
            Optional<Deployment> d = m.named(Deployment.class, s.applicationName());
            if (d.isEmpty()) {
                problems.add("no Deployment for " + s.applicationName());
            } else {
                problems.addAll(deployment(d.get(), s));
            }
        }
        return problems;
    }

    /** Image, resources, the three probes on SmallRye Health, a non-root read-only container, /tmp writable. */
    static List<String> deployment(Deployment d, ServiceModule s) {
        String id = "Deployment/" + d.getMetadata().getName();
        List<String> problems = new ArrayList<>();
        PodSpec pod = d.getSpec() == null || d.getSpec().getTemplate() == null ? null : d.getSpec().getTemplate().getSpec();
        if (pod == null || pod.getContainers() == null || pod.getContainers().isEmpty()) {
            return List.of(id + " has no containers");
        }
        Optional<Container> found = container(d, s.applicationName());
        if (found.isEmpty()) {
            return List.of(id + " has no container named " + s.applicationName());
        }
        Container c = found.get();
        String where = id + " container " + c.getName();

        String image = Objects.requireNonNullElse(c.getImage(), "");
        String repository = image.contains("@") ? image.substring(0, image.indexOf('@'))
                : image.lastIndexOf(':') > image.lastIndexOf('/') ? image.substring(0, image.lastIndexOf(':')) : image;
        String tag = image.substring(repository.length());
        if (image.isBlank()) {
            problems.add(where + " has no image");
        } else if (tag.isEmpty() || tag.equals(":latest")) {
            problems.add(where + " image " + image + " has no fixed tag (set it with the overlay's images:)");
        }
        if (!image.isBlank() && !repository.endsWith("/" + s.applicationName())) {
            problems.add(where + " image " + image + " is not the image of " + s.applicationName());
        }

        ResourceRequirements resources = c.getResources();
        if (resources == null || missing(resources.getRequests(), "cpu") || missing(resources.getRequests(), "memory")) {
            problems.add(where + " needs resources.requests.cpu and .memory");
        }
        if (resources == null || missing(resources.getLimits(), "memory")) {
            problems.add(where + " needs resources.limits.memory");
        }

        Optional<ContainerPort> http = c.getPorts() == null ? Optional.empty()
                : c.getPorts().stream().filter(p -> Integer.valueOf(s.httpPort()).equals(p.getContainerPort())).findFirst();
        if (http.isEmpty()) {
            problems.add(where + " does not expose the service's HTTP port " + s.httpPort());
        }
        problems.addAll(probe(where, "startupProbe", c.getStartupProbe(), LIVE, c, s.httpPort()));
        problems.addAll(probe(where, "livenessProbe", c.getLivenessProbe(), LIVE, c, s.httpPort()));
        problems.addAll(probe(where, "readinessProbe", c.getReadinessProbe(), READY, c, s.httpPort()));

        PodSecurityContext podSecurity = pod.getSecurityContext();
        SecurityContext security = c.getSecurityContext();
        boolean nonRoot = Boolean.TRUE.equals(security == null ? null : security.getRunAsNonRoot())
                || (Boolean.TRUE.equals(podSecurity == null ? null : podSecurity.getRunAsNonRoot())
                        && (security == null || !Boolean.FALSE.equals(security.getRunAsNonRoot())));
        if (!nonRoot) {
            problems.add(where + " must run with runAsNonRoot: true (pod or container securityContext)");
        }
        Long user = security != null && security.getRunAsUser() != null ? security.getRunAsUser()
                : podSecurity == null ? null : podSecurity.getRunAsUser();
        if (user != null && user == 0L) {
            problems.add(where + " runs as user 0");
        }
        if (security == null) {
            problems.add(where + " has no securityContext");
        } else {
            if (!Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())) {
                problems.add(where + " must set allowPrivilegeEscalation: false");
            }
            if (Boolean.TRUE.equals(security.getPrivileged())) {
                problems.add(where + " must not be privileged");
            }
            if (!Boolean.TRUE.equals(security.getReadOnlyRootFilesystem())) {
                problems.add(where + " must set readOnlyRootFilesystem: true");
            }
            if (security.getCapabilities() == null || security.getCapabilities().getDrop() == null
                    || !security.getCapabilities().getDrop().contains("ALL")) {
                problems.add(where + " must drop ALL capabilities");
            }
            if (security.getCapabilities() != null && security.getCapabilities().getAdd() != null
                    && !security.getCapabilities().getAdd().isEmpty()) {
                problems.add(where + " must not add capabilities");
            }
        }
        // A read-only root needs a writable /tmp: Vert.x's file cache, uploads, the JVM's hsperfdata.
        Optional<VolumeMount> tmp = c.getVolumeMounts() == null ? Optional.empty()
                : c.getVolumeMounts().stream().filter(v -> "/tmp".equals(v.getMountPath())).findFirst();
        boolean tmpIsEmptyDir = tmp.isPresent() && pod.getVolumes() != null && pod.getVolumes().stream()
                .anyMatch(v -> v.getName().equals(tmp.get().getName()) && v.getEmptyDir() != null);
        if (!tmpIsEmptyDir) {
            problems.add(where + " needs an emptyDir volume mounted at /tmp");
        }
        return problems;
    }

    private static List<String> probe(String where, String which, Probe probe, String path, Container c, int port) {
        if (probe == null) {
            return List.of(where + " has no " + which);
        }
        if (probe.getHttpGet() == null) {
            return List.of(where + " " + which + " is not an HTTP GET of " + path);
        }
        List<String> problems = new ArrayList<>();
        if (!path.equals(probe.getHttpGet().getPath())) {
            problems.add(where + " " + which + " checks " + probe.getHttpGet().getPath() + ", not " + path);
        }
        Integer resolved = containerPort(c, probe.getHttpGet().getPort());
        if (!Integer.valueOf(port).equals(resolved)) {
            problems.add(where + " " + which + " goes to port " + probe.getHttpGet().getPort().getValue()
                    + ", not the HTTP port " + port);
        }
        return problems;
    }

    private static boolean missing(Map<String, Quantity> quantities, String key) {
        return quantities == null || quantities.get(key) == null || quantities.get(key).getAmount() == null
                || quantities.get(key).getAmount().isBlank();
    }

    // ---------------------------------------------------------------------------------------------------------
    // Services, ConfigMaps, Ingress, the gateway's upstreams

    /** Each service has a Service on its HTTP port selecting its pods, and the ConfigMap its pods read. */
    static List<String> servicesAndConfig(Manifests m, List<ServiceModule> modules) {
        List<String> problems = new ArrayList<>();
        for (ServiceModule s : modules) {
            String name = s.applicationName();
            Optional<Deployment> d = m.named(Deployment.class, name);
            Optional<Service> service = m.named(Service.class, name);
            if (d.isEmpty()) {
                continue; // reported by deployments()
            }
            if (service.isEmpty()) {
                problems.add("no Service/" + name);
            } else if (!selects(service.get().getSpec().getSelector(), d.get())) {
                problems.add("Service/" + name + " does not select the pods of Deployment/" + name);
            } else if (servicePortTo(service.get(), d.get(), name).stream().noneMatch(p -> p == s.httpPort())) {
                problems.add("Service/" + name + " has no port that reaches the container's HTTP port " + s.httpPort());
            }
            Set<String> configMaps = new HashSet<>();
            container(d.get(), name).map(Container::getEnvFrom).orElse(List.of()).stream()
                    .map(EnvFromSource::getConfigMapRef).filter(Objects::nonNull)
                    .forEach(ref -> configMaps.add(ref.getName()));
            if (!configMaps.contains(name)) {
                problems.add("Deployment/" + name + " does not read its ConfigMap " + name + " (envFrom)");
            }
            for (String configMap : configMaps) {
                if (m.named(ConfigMap.class, configMap).isEmpty()) {
                    problems.add("Deployment/" + name + " reads ConfigMap/" + configMap + ", which is not in the manifests");
                }
            }
        }
        return problems;
    }

    /** The gateway's Ingress sends / to the gateway's Service. */
    static List<String> ingress(Manifests m, ServiceModule gateway) {
        for (Ingress ingress : m.all(Ingress.class)) {
            for (IngressRule rule : Optional.ofNullable(ingress.getSpec().getRules()).orElse(List.of())) {
                if (rule.getHttp() == null) {
                    continue;
                }
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    if (!"/".equals(path.getPath()) || !"Prefix".equals(path.getPathType())
                            || path.getBackend().getService() == null
                            || !gateway.applicationName().equals(path.getBackend().getService().getName())) {
                        continue;
                    }
                    Optional<Service> service = m.named(Service.class, gateway.applicationName());
                    ServiceBackendPort port = path.getBackend().getService().getPort();
                    if (service.isPresent() && service.get().getSpec().getPorts().stream().anyMatch(p ->
                            (port.getName() != null && port.getName().equals(p.getName()))
                                    || (port.getNumber() != null && port.getNumber().equals(p.getPort())))) {
                        return List.of();
                    }
                }
            }
        }
        return List.of("no Ingress routes / (Prefix) to a port of Service/" + gateway.applicationName());
    }

    /** The gateway's SEATWISE_*_URL variables name the Services of the services they stand for. */
    static List<String> gatewayUpstreams(Manifests m, ServiceModule gateway, List<ServiceModule> modules) {
        List<String> problems = new ArrayList<>();
        Optional<Deployment> d = m.named(Deployment.class, gateway.applicationName());
        if (d.isEmpty()) {
            return List.of("no Deployment for " + gateway.applicationName());
        }
        Map<String, String> env = literalEnv(m, d.get(), gateway.applicationName());
        gateway.upstreams().forEach((variable, port) -> {
            Optional<ServiceModule> target = modules.stream().filter(s -> s.httpPort() == port).findFirst();
            String value = env.get(variable);
            if (target.isEmpty()) {
                problems.add(variable + " defaults to port " + port + ", which no service listens on");
                return;
            }
            if (value == null) {
                problems.add("the gateway does not set " + variable + " (it would call 127.0.0.1)");
                return;
            }
            java.net.URI uri = java.net.URI.create(value);
            Optional<Service> service = m.named(Service.class, Objects.requireNonNullElse(uri.getHost(), ""));
            Optional<Deployment> targetDeployment = m.named(Deployment.class, target.get().applicationName());
            if (service.isEmpty() || targetDeployment.isEmpty()
                    || !selects(service.get().getSpec().getSelector(), targetDeployment.get())
                    || service.get().getSpec().getPorts().stream().noneMatch(p -> p.getPort() == uri.getPort())
                    || !servicePortTo(service.get(), targetDeployment.get(), target.get().applicationName())
                            .contains(target.get().httpPort())) {
                problems.add("the gateway's " + variable + "=" + value + " does not reach "
                        + target.get().applicationName() + " on port " + port);
            }
        });
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Autoscaling

    /** HPA and PDB for each named service; the HPA owns the replica count; consumers scale within partitions. */
    static List<String> autoscaled(Manifests m, Set<String> names, List<ServiceModule> modules) {
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            Optional<Deployment> d = m.named(Deployment.class, name);
            if (d.isEmpty()) {
                problems.add("no Deployment/" + name + " to scale");
                continue;
            }
            Optional<HorizontalPodAutoscaler> hpa = m.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                            && name.equals(h.getSpec().getScaleTargetRef().getName()))
                    .findFirst();
            if (hpa.isEmpty()) {
                problems.add("no HorizontalPodAutoscaler for Deployment/" + name);
            } else {
                int min = Objects.requireNonNullElse(hpa.get().getSpec().getMinReplicas(), 1);
                int max = hpa.get().getSpec().getMaxReplicas();
                if (min < 1 || max < min) {
                    problems.add("HorizontalPodAutoscaler for " + name + " has minReplicas " + min + " > maxReplicas " + max);
                }
                if (d.get().getSpec().getReplicas() != null) {
                    problems.add("Deployment/" + name + " sets replicas although an autoscaler owns the count "
                            + "(every apply would reset it)");
                }
                // Instances of one consumer group share the partitions: more instances than partitions idle.
                modules.stream().filter(s -> s.applicationName().equals(name)).findFirst().ifPresent(s -> s.consumers()
                        .stream().filter(c -> !c.group().prefix()).forEach(c -> topic(m, c.topic()).ifPresent(t -> {
                            if (t.getSpec().getPartitions() != null && max > t.getSpec().getPartitions()) {
                                problems.add("HorizontalPodAutoscaler for " + name + " allows " + max
                                        + " replicas but " + c.topic() + " has " + t.getSpec().getPartitions()
                                        + " partitions for its consumer group " + c.group().name());
                            }
                        })));
            }
            boolean budget = m.all(PodDisruptionBudget.class).stream()
                    .anyMatch(p -> p.getSpec().getSelector() != null && (p.getSpec().getSelector().getMatchExpressions() == null
                            || p.getSpec().getSelector().getMatchExpressions().isEmpty())
                            && selects(p.getSpec().getSelector().getMatchLabels(), d.get()));
            if (!budget) {
                problems.add("no PodDisruptionBudget selects the pods of Deployment/" + name);
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Kafka

    /** Every topic has a KafkaTopic of a Kafka cluster in the manifests, with partitions and a retention. */
    static List<String> topics(Manifests m, Set<String> topics) {
        List<String> problems = new ArrayList<>();
        for (String name : topics) {
            Optional<KafkaTopic> topic = topic(m, name);
            if (topic.isEmpty()) {
                problems.add("no KafkaTopic for topic " + name);
                continue;
            }
            KafkaTopic t = topic.get();
            if (t.getSpec() == null || t.getSpec().getPartitions() == null || t.getSpec().getPartitions() < 1) {
                problems.add("KafkaTopic " + name + " needs spec.partitions");
            }
            if (t.getSpec() == null || t.getSpec().getConfig() == null || !t.getSpec().getConfig().containsKey("retention.ms")) {
                problems.add("KafkaTopic " + name + " needs a retention (spec.config retention.ms)");
            }
            problems.addAll(clusterLabel(m, "KafkaTopic " + name, t.getMetadata().getLabels()));
        }
        return problems;
    }

    /**
     * Every KafkaTopic has the expected replication factor, no more than the cluster's brokers, and a
     * min.insync.replicas that still lets a write through with one broker down; the cluster's own internal
     * topics fit its brokers too.
     */
    static List<String> replication(Manifests m, int expected) {
        List<String> problems = new ArrayList<>();
        for (Kafka kafka : m.all(Kafka.class)) {
            String cluster = kafka.getMetadata().getName();
            int brokers = brokers(m, cluster);
            if (brokers < 1) {
                problems.add("Kafka/" + cluster + " has no KafkaNodePool with the broker role");
            }
            Map<String, Object> config = Optional.ofNullable(kafka.getSpec().getKafka().getConfig()).orElse(Map.of());
            for (String key : List.of("default.replication.factor", "offsets.topic.replication.factor",
                    "transaction.state.log.replication.factor")) {
                int factor = Integer.parseInt(String.valueOf(config.getOrDefault(key, 3)));
                if (factor > brokers) {
                    problems.add("Kafka/" + cluster + " " + key + "=" + factor + " but only " + brokers + " broker(s)");
                }
            }
        }
        for (KafkaTopic t : m.all(KafkaTopic.class)) {
            String name = topicName(t);
            Integer replicas = t.getSpec() == null ? null : t.getSpec().getReplicas();
            if (replicas == null || replicas != expected) {
                problems.add("KafkaTopic " + name + " has " + replicas + " replicas, expected " + expected);
                continue;
            }
            String cluster = Optional.ofNullable(t.getMetadata().getLabels()).map(l -> l.get(STRIMZI_CLUSTER_LABEL)).orElse("");
            int brokers = brokers(m, cluster);
            if (replicas > brokers) {
                problems.add("KafkaTopic " + name + " wants " + replicas + " replicas of " + brokers + " broker(s)");
            }
            Object minIsr = t.getSpec().getConfig() == null ? null : t.getSpec().getConfig().get("min.insync.replicas");
            int min = minIsr == null ? 1 : Integer.parseInt(String.valueOf(minIsr));
            if (replicas > 1 ? min >= replicas || min < 2 : min != 1) {
                problems.add("KafkaTopic " + name + " has min.insync.replicas " + min + " for " + replicas
                        + " replicas (acks=all must survive one broker down and still mean more than one copy)");
            }
        }
        return problems;
    }

    /** The ConfigMap, created by the operator (README), that holds the public key of analysts' tokens. */
    static final String JWT_PUBLIC_KEY_CONFIGMAP = "seatwise-jwt-public-key";

    /**
     * Every service that verifies analysts' tokens (the gateway, and each service again for writes made to it
     * directly) finds the same public key: its variable names a file mounted from the one ConfigMap.
     */
    static List<String> jwtPublicKey(Manifests m, List<ServiceModule> modules) {
        List<String> problems = new ArrayList<>();
        for (ServiceModule s : modules) {
            String variable = s.jwtPublicKeyVariable();
            Optional<Deployment> d = m.named(Deployment.class, s.applicationName());
            if (variable == null || d.isEmpty()) {
                continue;
            }
            String id = "Deployment/" + s.applicationName();
            String file = literalEnv(m, d.get(), s.applicationName()).get(variable);
            if (file == null) {
                problems.add(id + " does not set " + variable + ", so it would refuse every write");
            } else if (!mountedFromConfigMap(d.get(), s.applicationName(), file, JWT_PUBLIC_KEY_CONFIGMAP)) {
                problems.add(id + "'s " + variable + "=" + file + " is not a file of the ConfigMap " + JWT_PUBLIC_KEY_CONFIGMAP);
            }
        }
        return problems;
    }

    /**
     * Each service that uses Kafka has a KafkaUser of its own, SCRAM-SHA-512, whose ACLs are exactly its own
     * topics (Write for what it publishes, Read for what it consumes) and its own consumer groups.
     */
    static List<String> kafkaUsers(Manifests m, List<ServiceModule> modules) {
        List<String> problems = new ArrayList<>();
        Set<String> services = new HashSet<>();
        for (ServiceModule s : modules) {
            if (!s.usesKafka()) {
                continue;
            }
            String name = s.applicationName();
            services.add(name);
            Optional<KafkaUser> found = m.named(KafkaUser.class, name);
            if (found.isEmpty()) {
                problems.add("no KafkaUser for " + name);
                continue;
            }
            KafkaUser user = found.get();
            String id = "KafkaUser/" + name;
            problems.addAll(clusterLabel(m, id, user.getMetadata().getLabels()));
            if (!(user.getSpec().getAuthentication() instanceof KafkaUserScramSha512ClientAuthentication)) {
                problems.add(id + " must authenticate with scram-sha-512, as the cluster's listener does");
            }
            if (!(user.getSpec().getAuthorization() instanceof KafkaUserAuthorizationSimple simple)) {
                problems.add(id + " has no simple authorization (ACLs)");
                continue;
            }
            Set<String> produced = s.producedTopics();
            Set<String> consumed = s.consumedTopics();
            Set<String> writes = new HashSet<>();
            Set<String> reads = new HashSet<>();
            Set<String> groupsRead = new HashSet<>();
            for (AclRule acl : Optional.ofNullable(simple.getAcls()).orElse(List.of())) {
                Set<AclOperation> operations = new HashSet<>(Optional.ofNullable(acl.getOperations()).orElse(List.of()));
                if (!"Allow".equalsIgnoreCase(String.valueOf(acl.getType())) && acl.getType() != null) {
                    continue; // a deny rule only narrows
                }
                if (acl.getResource() instanceof AclRuleTopicResource topic) {
                    String t = topic.getName();
                    Set<AclOperation> allowed = new HashSet<>();
                    if (produced.contains(t)) {
                        allowed.addAll(List.of(AclOperation.WRITE, AclOperation.DESCRIBE));
                    }
                    if (consumed.contains(t)) {
                        allowed.addAll(List.of(AclOperation.READ, AclOperation.DESCRIBE));
                    }
                    if (topic.getPatternType() != null && topic.getPatternType() != AclResourcePatternType.LITERAL) {
                        problems.add(id + " has a " + topic.getPatternType() + " topic ACL on " + t + "; topics are named exactly");
                    } else if (allowed.isEmpty()) {
                        problems.add(id + " may " + operations + " topic " + t + ", which " + name + " neither publishes nor reads");
                    } else if (!allowed.containsAll(operations)) {
                        Set<AclOperation> extra = new HashSet<>(operations);
                        extra.removeAll(allowed);
                        problems.add(id + " may " + extra + " topic " + t + "; it needs only " + allowed);
                    } else {
                        if (operations.contains(AclOperation.WRITE)) {
                            writes.add(t);
                        }
                        if (operations.contains(AclOperation.READ)) {
                            reads.add(t);
                        }
                    }
                } else if (acl.getResource() instanceof AclRuleGroupResource group) {
                    boolean prefix = group.getPatternType() == AclResourcePatternType.PREFIX;
                    boolean own = s.consumers().stream().anyMatch(c -> c.group().prefix() == prefix
                            && c.group().name().equals(group.getName()));
                    if (!own) {
                        problems.add(id + " may use consumer group " + group.getName() + (prefix ? "*" : "")
                                + ", which is not " + name + "'s");
                    } else if (!Set.of(AclOperation.READ, AclOperation.DESCRIBE).containsAll(operations)) {
                        problems.add(id + " may " + operations + " its consumer group; it needs only Read");
                    } else if (operations.contains(AclOperation.READ)) {
                        groupsRead.add(group.getName() + (prefix ? "*" : ""));
                    }
                } else {
                    problems.add(id + " has an ACL on " + acl.getResource().getType() + ", beyond its topics and groups");
                }
            }
            produced.stream().filter(t -> !writes.contains(t))
                    .forEach(t -> problems.add(id + " cannot Write its own topic " + t));
            consumed.stream().filter(t -> !reads.contains(t))
                    .forEach(t -> problems.add(id + " cannot Read topic " + t + ", which it consumes"));
            s.consumers().stream().map(c -> c.group().name() + (c.group().prefix() ? "*" : "")).distinct()
                    .filter(g -> !groupsRead.contains(g))
                    .forEach(g -> problems.add(id + " cannot Read its consumer group " + g));
        }
        m.all(KafkaUser.class).stream().map(u -> u.getMetadata().getName()).filter(u -> !services.contains(u))
                .forEach(u -> problems.add("KafkaUser/" + u + " belongs to no service"));
        return problems;
    }

    /**
     * Each Kafka client reaches the cluster's SCRAM-over-TLS listener with the credentials of its own
     * KafkaUser Secret and the cluster CA mounted as its trust store.
     */
    static List<String> kafkaClients(Manifests m, List<ServiceModule> modules) {
        List<String> problems = new ArrayList<>();
        for (Kafka kafka : m.all(Kafka.class)) {
            if (!(kafka.getSpec().getKafka().getAuthorization() instanceof KafkaAuthorizationSimple)) {
                problems.add("Kafka/" + kafka.getMetadata().getName() + " must enforce ACLs (authorization: simple)");
            }
            for (GenericKafkaListener l : kafka.getSpec().getKafka().getListeners()) {
                if (l.getAuth() == null) {
                    problems.add("Kafka/" + kafka.getMetadata().getName() + " listener " + l.getName()
                            + " lets clients in without authentication");
                }
            }
        }
        for (ServiceModule s : modules) {
            if (!s.usesKafka()) {
                continue;
            }
            String name = s.applicationName();
            Optional<Deployment> d = m.named(Deployment.class, name);
            if (d.isEmpty()) {
                continue;
            }
            String id = "Deployment/" + name;
            Map<String, String> env = literalEnv(m, d.get(), name);
            Optional<SecretKeySelector> jaas = secretRef(d.get(), name, "KAFKA_SASL_JAAS_CONFIG");
            if (jaas.isEmpty() || !name.equals(jaas.get().getName()) || !"sasl.jaas.config".equals(jaas.get().getKey())) {
                problems.add(id + " must take KAFKA_SASL_JAAS_CONFIG from its KafkaUser's Secret " + name
                        + " (key sasl.jaas.config)");
            }
            String bootstrap = env.getOrDefault("SEATWISE_KAFKA", "");
            Optional<GenericKafkaListener> listener = m.all(Kafka.class).stream().flatMap(k -> k.getSpec().getKafka()
                    .getListeners().stream().filter(l -> bootstrap.equals(k.getMetadata().getName()
                            + "-kafka-bootstrap:" + l.getPort()))).findFirst();
            if (listener.isEmpty()) {
                problems.add(id + " SEATWISE_KAFKA=" + bootstrap + " is not the bootstrap address of a listener "
                        + "(<cluster>-kafka-bootstrap:<port>)");
                continue;
            }
            boolean tls = listener.get().isTls();
            boolean scram = listener.get().getAuth() instanceof KafkaListenerAuthenticationScramSha512;
            String protocol = (scram ? "SASL_" : "") + (tls ? "SSL" : "PLAINTEXT");
            if (!protocol.equals(env.get("KAFKA_SECURITY_PROTOCOL"))) {
                problems.add(id + " needs KAFKA_SECURITY_PROTOCOL=" + protocol + " for listener " + listener.get().getName());
            }
            if (scram && !"SCRAM-SHA-512".equals(env.get("KAFKA_SASL_MECHANISM"))) {
                problems.add(id + " needs KAFKA_SASL_MECHANISM=SCRAM-SHA-512");
            }
            if (tls) {
                String truststore = env.getOrDefault("KAFKA_SSL_TRUSTSTORE_LOCATION", "");
                String cluster = bootstrap.substring(0, bootstrap.indexOf("-kafka-bootstrap"));
                if (!mountedFromSecret(d.get(), name, truststore, cluster + "-cluster-ca-cert")) {
                    problems.add(id + " KAFKA_SSL_TRUSTSTORE_LOCATION=" + truststore + " is not a file of the mounted Secret "
                            + cluster + "-cluster-ca-cert");
                }
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------------
    // PostgreSQL and secrets

    /**
     * Each service with a datasource takes every variable of it (host, port, database, user, password) from
     * the app Secret of a CloudNativePG Cluster of its own, by secretKeyRef.
     */
    static List<String> databases(Manifests m, List<ServiceModule> modules) {
        List<String> problems = new ArrayList<>();
        Map<String, String> clusterOwner = new HashMap<>();
        for (ServiceModule s : modules) {
            if (!s.hasDatabase()) {
                continue;
            }
            String name = s.applicationName();
            Optional<Deployment> d = m.named(Deployment.class, name);
            if (d.isEmpty()) {
                continue;
            }
            String id = "Deployment/" + name;
            Set<String> secrets = new HashSet<>();
            s.databaseVariables().forEach((key, variable) -> {
                Optional<SecretKeySelector> ref = secretRef(d.get(), name, variable);
                if (ref.isEmpty()) {
                    problems.add(id + " must take " + variable + " from its database Secret (secretKeyRef, key " + key + ")");
                } else if (!key.equals(ref.get().getKey())) {
                    problems.add(id + " takes " + variable + " from key " + ref.get().getKey() + ", not " + key);
                } else {
                    secrets.add(ref.get().getName());
                }
            });
            if (secrets.size() > 1) {
                problems.add(id + " mixes database Secrets " + secrets);
            }
            for (String secret : secrets) {
                Optional<GenericKubernetesResource> cluster = m.postgresClusters().stream()
                        .filter(c -> CloudNativePg.appSecret(c).equals(secret)).findFirst();
                if (cluster.isEmpty()) {
                    problems.add(id + " reads Secret " + secret + ", which no CloudNativePG Cluster generates");
                    continue;
                }
                String previous = clusterOwner.putIfAbsent(cluster.get().getMetadata().getName(), name);
                if (previous != null) {
                    problems.add(name + " and " + previous + " share the database cluster "
                            + cluster.get().getMetadata().getName() + "; each service owns its own");
                }
            }
        }
        return problems;
    }

    /** No Secret with data, no literal credential in an env var or a ConfigMap. */
    static List<String> noCommittedSecrets(Manifests m) {
        List<String> problems = new ArrayList<>();
        for (Secret secret : m.all(Secret.class)) {
            if ((secret.getData() != null && !secret.getData().isEmpty())
                    || (secret.getStringData() != null && !secret.getStringData().isEmpty())) {
                problems.add("Secret/" + secret.getMetadata().getName() + " carries data; credentials come from the operators");
            }
        }
        for (Deployment d : m.all(Deployment.class)) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvVar e : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
                    if (SECRET_NAME.matcher(e.getName()).matches() && e.getValue() != null) {
                        problems.add("Deployment/" + d.getMetadata().getName() + " sets " + e.getName() + " literally");
                    }
                }
            }
        }
        for (ConfigMap cm : m.all(ConfigMap.class)) {
            Optional.ofNullable(cm.getData()).orElse(Map.of()).keySet().stream()
                    .filter(k -> SECRET_NAME.matcher(k).matches())
                    .forEach(k -> problems.add("ConfigMap/" + cm.getMetadata().getName() + " holds " + k));
        }
        return problems;
    }

    /** The same, on the committed files themselves: no Secret document and no secretGenerator anywhere. */
    static List<String> noSecretsInSources(Path directory) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).toList()) {
                String text = Files.readString(file);
                Manifests.YAML.readerFor(JsonNode.class).<JsonNode>readValues(text).readAll().forEach(doc -> {
                    if (doc == null) {
                        return;
                    }
                    if ("Secret".equals(doc.path("kind").asText()) && (doc.has("data") || doc.has("stringData"))) {
                        problems.add(directory.relativize(file) + " commits a Secret with data");
                    }
                    if (doc.has("secretGenerator")) {
                        problems.add(directory.relativize(file) + " generates a Secret from committed values");
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    // ---------------------------------------------------------------------------------------------------------
    // helpers

    static Optional<KafkaTopic> topic(Manifests m, String name) {
        return m.all(KafkaTopic.class).stream().filter(t -> name.equals(topicName(t))).findFirst();
    }

    private static String topicName(KafkaTopic t) {
        return t.getSpec() != null && t.getSpec().getTopicName() != null ? t.getSpec().getTopicName()
                : t.getMetadata().getName();
    }

    private static List<String> clusterLabel(Manifests m, String id, Map<String, String> labels) {
        String cluster = labels == null ? null : labels.get(STRIMZI_CLUSTER_LABEL);
        if (cluster == null || m.named(Kafka.class, cluster).isEmpty()) {
            return List.of(id + " is not labelled " + STRIMZI_CLUSTER_LABEL + " with a Kafka cluster of the manifests");
        }
        return List.of();
    }

    private static int brokers(Manifests m, String cluster) {
        return m.all(KafkaNodePool.class).stream()
                .filter(p -> cluster.equals(Optional.ofNullable(p.getMetadata().getLabels())
                        .map(l -> l.get(STRIMZI_CLUSTER_LABEL)).orElse(null)))
                .filter(p -> p.getSpec().getRoles() != null && p.getSpec().getRoles().contains(ProcessRoles.BROKER))
                .mapToInt(p -> p.getSpec().getReplicas()).sum();
    }

    private static Optional<Container> container(Deployment d, String name) {
        List<Container> containers = d.getSpec().getTemplate().getSpec().getContainers();
        return containers.stream().filter(c -> name.equals(c.getName())).findFirst()
                .or(() -> containers.size() == 1 ? Optional.of(containers.get(0)) : Optional.empty());
    }

    private static Integer containerPort(Container c, IntOrString port) {
        if (port == null) {
            return null;
        }
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return Optional.ofNullable(c.getPorts()).orElse(List.of()).stream()
                .filter(p -> port.getStrVal().equals(p.getName())).map(ContainerPort::getContainerPort)
                .findFirst().orElse(null);
    }

    /** The container ports a Service's ports lead to. */
    private static List<Integer> servicePortTo(Service service, Deployment d, String containerName) {
        Optional<Container> c = container(d, containerName);
        if (c.isEmpty()) {
            return List.of();
        }
        List<Integer> ports = new ArrayList<>();
        for (ServicePort p : service.getSpec().getPorts()) {
            Integer to = containerPort(c.get(), p.getTargetPort() == null ? new IntOrString(p.getPort()) : p.getTargetPort());
            if (to != null) {
                ports.add(to);
            }
        }
        return ports;
    }

    private static boolean selects(Map<String, String> selector, Deployment d) {
        Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
        return selector != null && !selector.isEmpty() && labels != null
                && labels.entrySet().containsAll(selector.entrySet());
    }

    /** The variables a container gets as plain values: its ConfigMaps (envFrom) overridden by env values. */
    private static Map<String, String> literalEnv(Manifests m, Deployment d, String containerName) {
        Map<String, String> env = new LinkedHashMap<>();
        container(d, containerName).ifPresent(c -> {
            for (EnvFromSource from : Optional.ofNullable(c.getEnvFrom()).orElse(List.of())) {
                if (from.getConfigMapRef() != null) {
                    m.named(ConfigMap.class, from.getConfigMapRef().getName())
                            .ifPresent(cm -> env.putAll(Optional.ofNullable(cm.getData()).orElse(Map.of())));
                }
            }
            for (EnvVar e : Optional.ofNullable(c.getEnv()).orElse(List.of())) {
                if (e.getValue() != null) {
                    env.put(e.getName(), e.getValue());
                }
            }
        });
        return env;
    }

    private static Optional<SecretKeySelector> secretRef(Deployment d, String containerName, String variable) {
        return container(d, containerName).map(Container::getEnv).orElse(List.of()).stream()
                .filter(e -> variable.equals(e.getName()) && e.getValueFrom() != null
                        && e.getValueFrom().getSecretKeyRef() != null)
                .map(e -> e.getValueFrom().getSecretKeyRef()).findFirst();
    }

    private static boolean mountedFromConfigMap(Deployment d, String containerName, String file, String configMap) {
        Optional<Container> c = container(d, containerName);
        if (c.isEmpty()) {
            return false;
        }
        for (VolumeMount mount : Optional.ofNullable(c.get().getVolumeMounts()).orElse(List.of())) {
            String dir = mount.getMountPath().endsWith("/") ? mount.getMountPath() : mount.getMountPath() + "/";
            if (file.startsWith(dir) && !file.substring(dir.length()).contains("/")) {
                for (Volume v : Optional.ofNullable(d.getSpec().getTemplate().getSpec().getVolumes()).orElse(List.of())) {
                    if (v.getName().equals(mount.getName()) && v.getConfigMap() != null
                            && configMap.equals(v.getConfigMap().getName())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean mountedFromSecret(Deployment d, String containerName, String file, String secret) {
        Optional<Container> c = container(d, containerName);
        if (c.isEmpty() || file.isEmpty()) {
            return false;
        }
        for (VolumeMount mount : Optional.ofNullable(c.get().getVolumeMounts()).orElse(List.of())) {
            String dir = mount.getMountPath().endsWith("/") ? mount.getMountPath() : mount.getMountPath() + "/";
            if (!file.startsWith(dir)) {
                continue;
            }
            String inside = file.substring(dir.length());
            for (Volume v : Optional.ofNullable(d.getSpec().getTemplate().getSpec().getVolumes()).orElse(List.of())) {
                if (v.getName().equals(mount.getName()) && v.getSecret() != null && secret.equals(v.getSecret().getSecretName())) {
                    List<io.fabric8.kubernetes.api.model.KeyToPath> items = v.getSecret().getItems();
                    return items == null ? inside.equals("ca.crt") || !inside.contains("/")
                            : items.stream().anyMatch(i -> i.getPath().equals(inside));
                }
            }
        }
        return false;
    }
}
