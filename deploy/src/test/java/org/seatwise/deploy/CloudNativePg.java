package org.seatwise.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

/**
 * The fields of a CloudNativePG {@code Cluster} (postgresql.cnpg.io/v1) that this project relies on. There is no
 * Java model of it on Maven Central, so the schema's required parts and the known top-level fields are checked
 * here: a misspelt field in {@code spec} is caught like any unknown field of a fabric8 model.
 */
final class CloudNativePg {

    /** Top-level fields of ClusterSpec in CloudNativePG 1.2x's CRD (the ones an application cluster may use). */
    private static final Set<String> SPEC_FIELDS = Set.of("affinity", "backup", "bootstrap", "certificates",
            "description", "enablePDB", "enableSuperuserAccess", "env", "envFrom", "ephemeralVolumeSource",
            "ephemeralVolumesSizeLimit", "externalClusters", "failoverDelay", "imageCatalogRef", "imageName",
            "imagePullPolicy", "imagePullSecrets", "inheritedMetadata", "instances", "livenessProbeTimeout",
            "logLevel", "managed", "maxSyncReplicas", "minSyncReplicas", "monitoring", "nodeMaintenanceWindow",
            "plugins", "postgresGID", "postgresUID", "postgresql", "primaryUpdateMethod", "primaryUpdateStrategy",
            "priorityClassName", "probes", "projectedVolumeTemplate", "replica", "replicationSlots", "resources",
            "schedulerName", "seccompProfile", "serviceAccountTemplate", "smartShutdownTimeout", "startDelay",
            "stopDelay", "storage", "superuserSecret", "switchoverDelay", "tablespaces", "topologySpreadConstraints",
            "walStorage");

    private CloudNativePg() {
    }

    static List<String> problems(GenericKubernetesResource cluster) {
        List<String> problems = new ArrayList<>();
        Object specValue = cluster.getAdditionalProperties().get("spec");
        if (!(specValue instanceof Map<?, ?> spec)) {
            return List.of("has no spec");
        }
        spec.keySet().stream().map(String::valueOf).filter(k -> !SPEC_FIELDS.contains(k)).sorted()
                .forEach(k -> problems.add("has a field its schema does not know: spec." + k));
        if (!(spec.get("instances") instanceof Integer instances) || instances < 1) {
            problems.add("needs spec.instances, a whole number of at least 1");
        }
        if (!(spec.get("storage") instanceof Map<?, ?> storage) || !(storage.get("size") instanceof String)) {
            problems.add("needs spec.storage.size");
        }
        if (database(cluster).isEmpty() || owner(cluster).isEmpty()) {
            problems.add("needs spec.bootstrap.initdb.database and .owner: its -app Secret names that database and owner");
        }
        return problems;
    }

    /** spec.bootstrap.initdb.database, or "" when absent. */
    static String database(GenericKubernetesResource cluster) {
        return initdb(cluster, "database");
    }

    static String owner(GenericKubernetesResource cluster) {
        return initdb(cluster, "owner");
    }

    private static String initdb(GenericKubernetesResource cluster, String field) {
        Object spec = cluster.getAdditionalProperties().get("spec");
        Object bootstrap = spec instanceof Map<?, ?> m ? m.get("bootstrap") : null;
        Object initdb = bootstrap instanceof Map<?, ?> m ? m.get("initdb") : null;
        Object value = initdb instanceof Map<?, ?> m ? m.get(field) : null;
        return value instanceof String s ? s : "";
    }

    /** The Secret the operator generates for the database owner: username, password, host, port, dbname. */
    static String appSecret(GenericKubernetesResource cluster) {
        return cluster.getMetadata().getName() + "-app";
    }
}
