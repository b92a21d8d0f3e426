package org.seatwise.gateway.routing;

import java.net.URI;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.seatwise.platform.problem.Problem;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards {@code /api/v1/**} to the service that owns the path over real HTTP, streaming bodies
 * both ways and passing answers (problem+json included) through unchanged. A service that cannot
 * be reached gives 503 problem+json naming it; one that does not answer in time gives 504.
 */
@ApplicationScoped
public class ApiProxy {

    private static final Logger LOG = Logger.getLogger(ApiProxy.class);
    /** RFC 9110 §7.6.1 connection-specific fields, never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final Upstreams upstreams;
    private final ObjectMapper json;
    private HttpClient client;

    public ApiProxy(Upstreams upstreams, ObjectMapper json) {
        this.upstreams = upstreams;
        this.json = json;
    }

    void routes(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) upstreams.connectTimeout().toMillis())
                .setKeepAlive(true).setMaxPoolSize(64).setPipelining(false));
        // Before Quarkus REST's own routes, so that only the gateway's own endpoints stay local.
        router.route("/api/v1/*").order(-100).handler(this::forward);
    }

    private void forward(RoutingContext ctx) {
        HttpServerRequest in = ctx.request();
        var service = Service.owning(in.path());
        if (service.isEmpty() || in.path().equals("/api/v1/recommendations/stream")) {
            ctx.next();
            return;
        }
        URI base = switch (service.get()) {
            case CENSUS -> upstreams.census();
            case ELECTION -> upstreams.election();
            case MODEL -> upstreams.model();
        };
        in.pause();
        RequestOptions options = new RequestOptions().setMethod(in.method()).setHost(base.getHost())
                .setPort(base.getPort()).setURI(in.uri()).setIdleTimeout(upstreams.timeout().toMillis());
        client.request(options).onFailure(e -> unavailable(ctx, service.get(), e)).onSuccess(out -> {
            in.headers().forEach((name, value) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    out.headers().add(name, value);
                }
            });
            out.headers().set("X-Forwarded-Host", in.authority() == null ? "" : in.authority().toString());
            out.setChunked(!in.headers().contains("Content-Length"));
            out.response().onFailure(e -> unavailable(ctx, service.get(), e)).onSuccess(answer -> {
                var response = ctx.response().setStatusCode(answer.statusCode());
                answer.headers().forEach((name, value) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                        response.headers().add(name, value);
                    }
                });
                if (!answer.headers().contains("Content-Length")) {
                    response.setChunked(true);
                }
                answer.pipeTo(response);
            });
            in.pipeTo(out).onFailure(e -> LOG.debugf("request body to %s broken: %s", service.get().title(), e.getMessage()));
        });
    }

    private void unavailable(RoutingContext ctx, Service service, Throwable cause) {
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        boolean timedOut = cause instanceof java.util.concurrent.TimeoutException
                || String.valueOf(cause.getMessage()).toLowerCase().contains("timeout");
        int status = timedOut ? 504 : 503;
        LOG.warnf("%s %s → %s: %s", ctx.request().method(), ctx.request().path(), service.title(), cause.toString());
        Problem problem = Problem.of(status, timedOut ? "upstream-timeout" : "service-unavailable",
                timedOut ? "Service did not answer in time" : "Service unavailable",
                timedOut ? service.title() + " did not answer within " + upstreams.timeout().toSeconds()
                        + " s; the outcome is unknown (uploads are idempotent: repeating one is safe)."
                        : service.title() + " cannot be reached; nothing was changed by this request. Try again later.")
                .at(ctx.request().path());
        try {
            ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            ctx.response().setStatusCode(status).end();
        }
    }
}
