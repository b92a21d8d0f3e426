package org.seatwise.platform.auth;

import java.util.Set;

/**
 * What a request to the API does, which decides who may make it and how often: reads are public
 * and unlimited, writes change official data (analysts only), computations change nothing but can
 * be expensive (apportionment of 10^5 units), so they are rate-limited like writes but open to all.
 * Any method other than GET, HEAD and OPTIONS is a write unless it is a named computation, so that a
 * new endpoint is guarded without anyone remembering to list it.
 */
public enum RequestKind {
    READ, WRITE, COMPUTATION;

    private static final String PREFIX = "/api/v1/";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** POSTed for an answer, never stored as official data (DESIGN.md, "HTTP API"). */
    private static final Set<String> COMPUTATIONS = Set.of("apportionments", "malapportionment", "scenarios");

    public static RequestKind of(String method, String path) {
        if (SAFE_METHODS.contains(method.toUpperCase(java.util.Locale.ROOT))) {
            return READ;
        }
        // "//api/v1//scenarios/" must not read as something else than what the router matches.
        String normalized = path.replaceAll("/{2,}", "/");
        if (!normalized.startsWith(PREFIX)) {
            return WRITE;
        }
        String rest = normalized.substring(PREFIX.length());
        if (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        boolean computation = COMPUTATIONS.contains(rest)
                // How a council's seats would fall among its districts: computed, not stored.
                || rest.startsWith("councils/") && rest.endsWith("/apportionment") && rest.chars().filter(c -> c == '/').count() == 2;
        return method.equalsIgnoreCase("POST") && computation ? COMPUTATION : WRITE;
    }
}
