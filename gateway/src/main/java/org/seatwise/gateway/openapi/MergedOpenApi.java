package org.seatwise.gateway.openapi;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.seatwise.gateway.routing.Upstreams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the merged OpenAPI document at {@code /q/openapi} (YAML, or JSON with {@code ?format=json}
 * or {@code Accept: application/json}), built from each service's {@code /q/openapi} and the gateway's
 * own ({@code /q/openapi?scope=gateway}), kept for a short while. Swagger UI at {@code /q/swagger-ui} reads it.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private static final Duration KEPT = Duration.ofSeconds(30);
    private static final String GATEWAY_ONLY = "gateway";

    private final Upstreams upstreams;
    private final ObjectMapper json;
    private final YAMLMapper yaml = new YAMLMapper();
    private HttpClient client;
    private volatile JsonNode cached;
    private volatile long cachedAt;

    public MergedOpenApi(Upstreams upstreams, ObjectMapper json) {
        this.upstreams = upstreams;
        this.json = json;
    }

    void routes(@Observes Router router, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(2000));
        router.get("/q/openapi").order(-100).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        if (GATEWAY_ONLY.equals(ctx.request().getParam("scope"))) {
            ctx.next();
            return;
        }
        JsonNode fresh = cached;
        Future<JsonNode> document = fresh != null && System.nanoTime() - cachedAt < KEPT.toNanos()
                ? Future.succeededFuture(fresh) : build(ctx.request().localAddress().port());
        document.onFailure(ctx::fail).onSuccess(doc -> {
            boolean asJson = "json".equalsIgnoreCase(ctx.request().getParam("format"))
                    || String.valueOf(ctx.request().getHeader("Accept")).contains("json");
            try {
                ctx.response().putHeader("Content-Type", asJson ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                        .end(asJson ? json.writerWithDefaultPrettyPrinter().writeValueAsString(doc) : yaml.writeValueAsString(doc));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                ctx.fail(e);
            }
        });
    }

    private Future<JsonNode> build(int ownPort) {
        List<String> names = List.of("gateway", "census-service", "election-service", "model-service");
        List<URI> bases = List.of(URI.create("http://127.0.0.1:" + ownPort), upstreams.census(), upstreams.election(),
                upstreams.model());
        List<Future<JsonNode>> fetched = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            fetched.add(fetch(bases.get(i), i == 0 ? "/q/openapi?format=json&scope=" + GATEWAY_ONLY : "/q/openapi?format=json",
                    names.get(i)));
        }
        return Future.join(fetched).transform(all -> {
            List<OpenApiMerger.Part> parts = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                parts.add(new OpenApiMerger.Part(names.get(i), fetched.get(i).succeeded() ? fetched.get(i).result() : null));
            }
            JsonNode merged = OpenApiMerger.merge("seatwise API", "v1", parts);
            if (parts.stream().allMatch(p -> p.document() != null)) {
                cached = merged;
                cachedAt = System.nanoTime();
            }
            return Future.succeededFuture(merged);
        });
    }

    private Future<JsonNode> fetch(URI base, String uri, String service) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(base.getHost()).setPort(base.getPort())
                .setURI(uri).setTimeout(5000).putHeader("Accept", "application/json");
        return client.request(options).compose(r -> r.send()).compose(r -> r.statusCode() == 200 ? r.body()
                : Future.failedFuture(service + " answered " + r.statusCode())).map(body -> {
                    try {
                        return json.readTree(body.getBytes());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(service + "'s OpenAPI document is not JSON", e);
                    }
                }).onFailure(e -> LOG.debugf("OpenAPI of %s not included: %s", service, e.getMessage()));
    }
}
