package org.seatwise.platform.auth;

import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.seatwise.platform.problem.Problem;

/**
 * Defence in depth: a service refuses a write without an analyst's token even when it is called
 * directly rather than through the gateway, with the gateway's rule ({@link WriteGuard}) and public
 * key. Pre-matching, so that the body of a refused request is never read and a path that no
 * resource matches is refused like any other write.
 */
public class WriteFilter {

    private static final Logger LOG = Logger.getLogger(WriteFilter.class);
    private final WriteGuard guard;
    private final boolean enabled;

    public WriteFilter(TokenVerifier verifier, AuthConfig config) {
        this.guard = new WriteGuard(verifier);
        this.enabled = config.writesNeedToken();
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireAnalyst(ContainerRequestContext request) {
        if (!enabled) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (!(guard.decide(request.getMethod(), decoded(path), authorization) instanceof AccessDecision.Denied denied)) {
            return Optional.empty();
        }
        LOG.debugf("%s %s refused: %s", request.getMethod(), path, denied.detail());
        Response.ResponseBuilder answer = Response.status(denied.status()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(denied.status(), denied.slug(), denied.title(), denied.detail()).at(path));
        if (denied.status() == 401) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE,
                    "Bearer realm=\"seatwise\"" + (authorization == null ? "" : ", error=\"invalid_token\""));
        }
        return Optional.of(answer.build());
    }

    /** The path as the router matches it: "/api/v1/scenario%73" is the scenarios resource. */
    private static String decoded(String raw) {
        try {
            return java.net.URLDecoder.decode(raw.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw; // not a computation's name, hence a write
        }
    }
}
