package org.seatwise.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.seatwise.gateway.export.JsonCsv;
import org.seatwise.gateway.limits.ClientRateLimiter;
import org.seatwise.platform.auth.AccessDecision;
import org.seatwise.platform.auth.RequestKind;
import org.seatwise.platform.auth.TokenVerifier;
import org.seatwise.platform.auth.WriteGuard;
import org.seatwise.platform.problem.Problem;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards {@code /api/v1/**} to the service that owns the path over real HTTP, streaming bodies
 * both ways and passing answers (problem+json included) through unchanged. Before forwarding it
 * refuses what must not pass: an oversized body (413), a client over its rate (429), a write
 * without an analyst's token (401/403). A GET that asks for {@code text/csv} gets the service's
 * JSON table as CSV. A service that cannot be reached gives 503 problem+json naming it; one that
 * does not answer in time gives 504.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** RFC 9110 §7.6.1 connection-specific fields, never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");
    /** The largest JSON table converted to CSV in memory. */
    private static final long MAX_EXPORT_BYTES = 256L * 1024 * 1024;

    private final Upstreams upstreams;
    private final ObjectMapper json;
    private final WriteGuard guard;
    private final ClientRateLimiter limiter;
    private final long maxBodyBytes;
    private HttpClient client;
    private Vertx vertx;

    public ApiProxy(Upstreams upstreams, ObjectMapper json, TokenVerifier verifier, ClientRateLimiter limiter,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBody) {
        this.upstreams = upstreams;
        this.json = json;
        this.guard = new WriteGuard(verifier);
        this.limiter = limiter;
        this.maxBodyBytes = maxBody.asLongValue();
    }

    void routes(@Observes Router router, Vertx vertx) {
        this.vertx = vertx;
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) upstreams.connectTimeout().toMillis())
                .setKeepAlive(true).setMaxPoolSize(64).setPipelining(false));
        // Before Quarkus REST's own routes (and its body-size check), so that only the gateway's own endpoints stay local.
        router.route("/api/v1/*").order(-100).handler(this::admit);
    }

    private void admit(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        var service = Service.owning(in.path());
        if (service.isEmpty() || in.path().equals("/api/v1/recommendations/stream")) {
            ctx.next();
            return;
        }
        in.pause();
        String length = in.getHeader("Content-Length");
        if (length != null && parseLong(length) > maxBodyBytes) {
            tooLarge(ctx);
            return;
        }
        RequestKind kind = RequestKind.of(in.method().name(), in.path());
        String client = limiter.client(in.remoteAddress() == null ? "unknown" : in.remoteAddress().host(),
                in.getHeader("X-Forwarded-For"));
        Duration wait = limiter.take(client, kind);
        if (!wait.isZero()) {
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            refuse(ctx, Problem.of(429, "too-many-requests", "Too many requests", "This client has used its allowance of "
                    + (kind == RequestKind.WRITE ? "writes" : "computations") + " for now; try again in " + seconds + " s."),
                    Map.of("Retry-After", Long.toString(seconds)));
            return;
        }
        if (kind != RequestKind.WRITE) {
            forward(ctx, service.get());
            return;
        }
        String method = in.method().name();
        String path = in.path();
        String authorization = in.getHeader("Authorization");
        // Off the event loop: a JWKS location is fetched over the network when its keys are first needed.
        vertx.executeBlocking(() -> guard.decide(method, path, authorization), false).onComplete(decided -> {
            if (decided.failed()) {
                LOG.error("deciding access failed", decided.cause());
                refuse(ctx, Problem.of(500, "internal-error", "Internal error",
                        "Access could not be decided; nothing was forwarded."), Map.of());
            } else if (decided.result() instanceof AccessDecision.Denied denied) {
                LOG.debugf("%s %s refused: %s", method, path, denied.detail());
                refuse(ctx, Problem.of(denied.status(), denied.slug(), denied.title(), denied.detail()),
                        denied.status() == 401 ? Map.of("WWW-Authenticate", "Bearer realm=\"seatwise\""
                                + (authorization == null ? "" : ", error=\"invalid_token\"")) : Map.of());
            } else {
                forward(ctx, service.get());
            }
        });
    }

    private void forward(RoutingContext ctx, Service service) {
        HttpServerRequest in = ctx.request();
        URI base = switch (service) {
            case CENSUS -> upstreams.census();
            case ELECTION -> upstreams.election();
            case MODEL -> upstreams.model();
        };
        boolean csv = in.method() == HttpMethod.GET && JsonCsv.wanted(in.getHeader("Accept"));
        RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(base.getHost())
                .setPort(base.getPort()).setURI(in.uri()).setIdleTimeout(upstreams.timeout().toMillis());
        client.request(options).onFailure(e -> unavailable(ctx, service, e)).onSuccess(out -> {
            in.headers().forEach((name, value) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    out.headers().add(name, value);
                }
            });
            out.headers().set("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
            if (csv) {
                out.headers().set("Accept", "application/json");
            }
            out.setChunked(!in.headers().contains("Content-Length"));
            out.response().onFailure(e -> unavailable(ctx, service, e)).onSuccess(answer -> {
                if (csv && answer.statusCode() == 200 && isJson(answer.getHeader("Content-Type"))) {
                    answer.body().onFailure(e -> unavailable(ctx, service, e)).onSuccess(body -> exportCsv(ctx, body));
                } else {
                    relay(ctx, answer, base);
                }
            });
            pipeBody(ctx, in, out, service);
        });
    }

    /** Streams the request body to the service, counting it: a body past the limit is cut off with 413. */
    private void pipeBody(RoutingContext ctx, HttpServerRequest in, HttpClientRequest out, Service service) {
        long[] seen = { 0 };
        in.handler(chunk -> {
            seen[0] += chunk.length();
            if (seen[0] > maxBodyBytes) {
                in.handler(null);
                tooLarge(ctx);
                out.reset();
                return;
            }
            out.write(chunk);
            if (out.writeQueueFull()) {
                in.pause();
                out.drainHandler(v -> in.resume());
            }
        });
        in.endHandler(v -> {
            if (!ctx.response().ended()) {
                out.end();
            }
        });
        in.exceptionHandler(e -> {
            LOG.debugf("request body to %s broken: %s", service.title(), e.getMessage());
            out.reset();
        });
        in.resume();
    }

    private void relay(RoutingContext ctx, HttpClientResponse answer, URI base) {
        if (ctx.response().ended()) {
            answer.request().reset();
            return;
        }
        var response = ctx.response().setStatusCode(answer.statusCode());
        answer.headers().forEach((name, value) -> {
            // Which other sites may read an answer is the gateway's decision alone (none, see CorsTest).
            if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.toLowerCase().startsWith("access-control-")) {
                response.headers().add(name, name.equalsIgnoreCase("Location") ? behindGateway(value, base) : value);
            }
        });
        if (!answer.headers().contains("Content-Length")) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    /**
     * A service names a resource it created by its own address, which callers cannot reach: the gateway
     * answers the same path relative to itself (RFC 9110 allows a relative Location).
     */
    static String behindGateway(String location, URI base) {
        URI named;
        try {
            named = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        if (named.isAbsolute() && base.getHost() != null && base.getHost().equalsIgnoreCase(named.getHost())
                && base.getPort() == named.getPort()) {
            return named.getRawPath() + (named.getRawQuery() == null ? "" : "?" + named.getRawQuery());
        }
        return location;
    }

    private void exportCsv(RoutingContext ctx, Buffer body) {
        if (body.length() > MAX_EXPORT_BYTES) {
            refuse(ctx, Problem.of(406, "export-too-large", "Not acceptable",
                    "This table is too large to export as CSV; ask for application/json."), Map.of());
            return;
        }
        JsonNode table;
        try {
            table = json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(body.getBytes());
        } catch (java.io.IOException e) {
            refuse(ctx, Problem.of(502, "bad-upstream-answer", "Bad answer from a service",
                    "The service's answer is not valid JSON, so it cannot be exported as CSV."), Map.of());
            return;
        }
        if (!table.isArray()) {
            refuse(ctx, Problem.of(406, "not-a-table", "Not acceptable", "Only tables (JSON arrays) can be exported "
                    + "as text/csv, and this resource is a single document; ask for application/json."), Map.of());
            return;
        }
        String path = ctx.request().path();
        String name = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.response().setStatusCode(200).putHeader("Content-Type", JsonCsv.MEDIA_TYPE + "; charset=utf-8; header=present")
                .putHeader("Content-Disposition", "inline; filename=\"" + name + ".csv\"").putHeader("Vary", "Accept")
                .end(JsonCsv.toCsv(table));
    }

    private void tooLarge(RoutingContext ctx) {
        // The rest of the body is not read: the connection is closed once the answer is out.
        ctx.response().endHandler(v -> ctx.request().connection().close());
        refuse(ctx, Problem.of(413, "body-too-large", "Request body too large", "The body exceeds the gateway's limit of "
                + maxBodyBytes + " bytes; split the upload."), Map.of("Connection", "close"));
    }

    /** Answers without forwarding; a small unread body is drained so that the connection stays usable. */
    private void refuse(RoutingContext ctx, Problem problem, Map<String, String> headers) {
        ProblemReply.send(ctx, json, problem, headers);
        if (problem.status() != 413 && !ctx.request().isEnded()) {
            ctx.request().handler(chunk -> { }).endHandler(v -> { }).resume();
        }
    }

    private void unavailable(RoutingContext ctx, Service service, Throwable cause) {
        if (ctx.response().ended()) {
            return;
        }
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        boolean timedOut = cause instanceof java.util.concurrent.TimeoutException
                || String.valueOf(cause.getMessage()).toLowerCase().contains("timeout");
        int status = timedOut ? 504 : 503;
        LOG.warnf("%s %s → %s: %s", ctx.request().method(), ctx.request().path(), service.title(), cause.toString());
        ProblemReply.send(ctx, json, Problem.of(status, timedOut ? "upstream-timeout" : "service-unavailable",
                timedOut ? "Service did not answer in time" : "Service unavailable",
                timedOut ? service.title() + " did not answer within " + upstreams.timeout().toSeconds()
                        + " s; the outcome is unknown (uploads are idempotent: repeating one is safe)."
                        : service.title() + " cannot be reached; nothing was changed by this request. Try again later."),
                Map.of());
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("application/json");
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
