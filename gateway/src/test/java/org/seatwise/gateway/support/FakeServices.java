package org.seatwise.gateway.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Stand-ins for the services, over real HTTP. election-service's place is taken by a server that
 * echoes what it receives (to see exactly what the gateway forwards); census-service's by one that
 * answers a small table of units (JSON only, to see that CSV is made by the gateway);
 * model-service is an address where nothing listens.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    /** Two units whose texts need CSV quoting and the formula guard. */
    public static final String UNITS = """
            [{"code":"KZ-61","kind":"REGION","names":{"kk":"Түркістан облысы","ru":"Туркестанская область","en":"Turkestan Region"},\
            "parentCode":"KZ","aliases":["KZ-YUZ","YUZ"],"voters":1177507,"raw":105.563214,"gap":-5,\
            "note":"=HYPERLINK(\\"http://example.invalid\\",\\"x\\")"},\
            {"code":"KZ-10","kind":"REGION","names":{"kk":"Абай облысы","ru":"Абайская область","en":"Abai Region, \\"new\\""},\
            "parentCode":"KZ","aliases":[],"voters":420000,"raw":74.888,"gap":null,"note":"line one\\nline two"}]""";

    /** census-service's OpenAPI document, in short. */
    public static final String OPENAPI = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"seatwise census-service\",\"version\":\"1\"},"
            + "\"paths\":{\"/api/v1/units\":{\"get\":{\"responses\":{\"200\":{\"description\":\"OK\",\"content\":{\"application/json\":"
            + "{\"schema\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/components/schemas/UnitView\"}}}}}}}}},"
            + "\"components\":{\"schemas\":{\"UnitView\":{\"type\":\"object\",\"properties\":{\"code\":{\"type\":\"string\"}}}}}}";

    private HttpServer election;
    private HttpServer census;

    @Override
    public Map<String, String> start() {
        try {
            election = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            election.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                String answer = "{\"method\":\"" + exchange.getRequestMethod() + "\",\"uri\":\"" + exchange.getRequestURI()
                        + "\",\"length\":" + body.length
                        + ",\"body\":\"" + (body.length > 200 ? "" : new String(body, StandardCharsets.UTF_8).replace("\"", "'"))
                        + "\",\"auth\":\"" + exchange.getRequestHeaders().getFirst("Authorization") + "\"}";
                send(exchange, 422, "application/problem+json", answer);
            });
            election.start();
            census = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            census.createContext("/", exchange -> {
                String accept = exchange.getRequestHeaders().getFirst("Accept");
                String path = exchange.getRequestURI().getPath();
                if (accept != null && !accept.contains("application/json") && !accept.contains("*/*")) {
                    send(exchange, 406, "application/problem+json", "{\"status\":406,\"title\":\"JSON only\"}");
                } else if (path.equals("/q/openapi")) {
                    send(exchange, 200, "application/json", OPENAPI);
                } else if (path.equals("/api/v1/units")) {
                    send(exchange, 200, "application/json", UNITS);
                } else if (path.equals("/api/v1/units/KZ-61")) {
                    send(exchange, 200, "application/json", "{\"code\":\"KZ-61\",\"kind\":\"REGION\"}");
                } else if (path.equals("/api/v1/units/KZ-99")) {
                    // A misconfigured service that opens itself to every site: the gateway must not pass that on.
                    exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
                    exchange.getResponseHeaders().add("Access-Control-Allow-Credentials", "true");
                    send(exchange, 200, "application/json", "{\"code\":\"KZ-99\",\"kind\":\"REGION\"}");
                } else {
                    send(exchange, 404, "application/problem+json",
                            "{\"type\":\"https://seatwise.org/problems/not-found\",\"title\":\"Not found\",\"status\":404}");
                }
            });
            census.start();
            int dead;
            try (var probe = new java.net.ServerSocket(0)) {
                dead = probe.getLocalPort();
            }
            return Map.of("seatwise.gateway.election", "http://127.0.0.1:" + election.getAddress().getPort(),
                    "seatwise.gateway.census", "http://127.0.0.1:" + census.getAddress().getPort(),
                    "seatwise.gateway.model", "http://127.0.0.1:" + dead);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        election.stop(0);
        census.stop(0);
    }
}
