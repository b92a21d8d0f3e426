package org.seatwise.gateway.openapi;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.seatwise.platform.auth.RequestKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One OpenAPI document for the whole API, from the documents of the services behind the gateway:
 * their paths side by side, their schemas merged (a name two services use for different schemas is
 * prefixed with the service's name, and that service's references follow), and what the gateway adds
 * stated on every operation: writes need an analyst's bearer token (401/403), writes and computations
 * are rate-limited (429), bodies are capped (413), a service that is down gives 503.
 */
public final class OpenApiMerger {

    /** One service's document, or null when it could not be read. */
    public record Part(String service, JsonNode document) {
    }

    static final String SCHEMAS = "#/components/schemas/";
    static final String SECURITY_SCHEME = "analystJwt";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OpenApiMerger() {
    }

    public static ObjectNode merge(String title, String version, List<Part> parts) {
        ObjectNode merged = NODES.objectNode();
        merged.put("openapi", "3.1.0");
        ObjectNode info = merged.putObject("info");
        info.put("title", title);
        info.put("version", version);
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ObjectNode schemas = components.putObject("schemas");
        ObjectNode security = components.putObject("securitySchemes").putObject(SECURITY_SCHEME);
        security.put("type", "http");
        security.put("scheme", "bearer");
        security.put("bearerFormat", "JWT");
        security.put("description", "A token of the group 'analyst' (issuer seatwise), needed for writes only.");
        List<String> missing = new ArrayList<>();
        for (Part part : parts) {
            if (part.document() == null) {
                missing.add(part.service());
                continue;
            }
            JsonNode document = part.document().deepCopy();
            List<String> clashes = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = document.path("components").path("schemas").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> schema = it.next();
                JsonNode existing = schemas.get(schema.getKey());
                if (existing != null && !existing.equals(schema.getValue())) {
                    clashes.add(schema.getKey());
                }
            }
            for (String name : clashes) {
                rename(document, SCHEMAS + name, SCHEMAS + part.service().replaceAll("[^A-Za-z0-9]", "_") + "_" + name);
            }
            document.path("components").path("schemas").fields().forEachRemaining(s -> schemas.set(s.getKey(), s.getValue()));
            document.path("paths").fields().forEachRemaining(p -> {
                if (!paths.has(p.getKey())) {
                    paths.set(p.getKey(), gatewayRules(p.getKey(), (ObjectNode) p.getValue(), part.service()));
                }
            });
        }
        info.put("description", "The seatwise API through its gateway: every service's paths in one document."
                + (missing.isEmpty() ? "" : " Not included, because they could not be reached: " + String.join(", ", missing) + "."));
        if (!missing.isEmpty()) {
            ArrayNode list = merged.putArray("x-seatwise-unavailable");
            missing.forEach(list::add);
        }
        return merged;
    }

    private static ObjectNode gatewayRules(String path, ObjectNode item, String service) {
        for (String method : METHODS) {
            JsonNode operation = item.get(method);
            if (!(operation instanceof ObjectNode op)) {
                continue;
            }
            op.put("x-seatwise-service", service);
            ObjectNode responses = op.has("responses") ? (ObjectNode) op.get("responses") : op.putObject("responses");
            RequestKind kind = RequestKind.of(method.toUpperCase(), path);
            if (kind == RequestKind.WRITE) {
                op.putArray("security").addObject().putArray(SECURITY_SCHEME);
                problem(responses, "401", "No token, or an expired or invalid one");
                problem(responses, "403", "The token is not an analyst's");
            }
            if (kind != RequestKind.READ) {
                problem(responses, "413", "The body exceeds the gateway's limit");
                problem(responses, "429", "Too many requests from this client; see Retry-After");
            }
            problem(responses, "503", "The service behind the gateway cannot be reached");
            problem(responses, "504", "The service did not answer in time");
        }
        return item;
    }

    private static void problem(ObjectNode responses, String status, String description) {
        if (!responses.has(status)) {
            ObjectNode response = responses.putObject(status);
            response.put("description", description);
            response.putObject("content").putObject("application/problem+json");
        }
    }

    /** Rewrites every {@code $ref} equal to {@code from}, and the schema's own name. */
    private static void rename(JsonNode document, String from, String to) {
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        String oldName = from.substring(SCHEMAS.length());
        JsonNode schema = schemas.remove(oldName);
        schemas.set(to.substring(SCHEMAS.length()), schema);
        rewrite(document, from, to);
    }

    private static void rewrite(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().equals(from)) {
                object.set("$ref", TextNode.valueOf(to));
            }
            object.elements().forEachRemaining(child -> rewrite(child, from, to));
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(child -> rewrite(child, from, to));
        }
    }
}
