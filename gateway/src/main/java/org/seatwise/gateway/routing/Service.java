package org.seatwise.gateway.routing;

import java.util.List;
import java.util.Optional;

/** The services behind the gateway and the API paths each owns (DESIGN.md, "HTTP API"). */
public enum Service {
    CENSUS("census-service", List.of("units", "population", "population-figures")),
    ELECTION("election-service", List.of("bulletins", "councils", "caps")),
    MODEL("model-service", List.of("models", "recommendations", "scenarios", "apportionments", "malapportionment",
            "reproductions", "retrospective"));

    private static final String PREFIX = "/api/v1/";
    private final String title;
    private final List<String> collections;

    Service(String title, List<String> collections) {
        this.title = title;
        this.collections = collections;
    }

    public String title() {
        return title;
    }

    /**
     * The service that owns an API path, by its first segment after {@code /api/v1/}; except that a
     * council's apportionment among its districts ({@code councils/{unit}/apportionment}) is computed
     * by model-service, while councils themselves belong to election-service.
     */
    public static Optional<Service> owning(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        if (rest.startsWith("councils/") && rest.endsWith("/apportionment")) {
            return Optional.of(MODEL);
        }
        int slash = rest.indexOf('/');
        String collection = slash < 0 ? rest : rest.substring(0, slash);
        for (Service s : values()) {
            if (s.collections.contains(collection)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
