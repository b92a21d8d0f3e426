package org.seatwise.platform.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.auth.RequestKind;

import io.restassured.response.Response;

/**
 * What every service promises about its write endpoints when it is called directly, not through the
 * gateway: no token 401, another group 403, an expired or forged token 401 — each an RFC 9457 problem
 * — and an analyst's valid token accepted. The refusals are checked on every write the service's
 * OpenAPI document declares (so a new endpoint is covered without being listed), on the listed ones,
 * and on a write no resource declares; acceptance on the listed ones, each with a body it accepts.
 * Run it with {@code @TestProfile(AnalystTokensRequired.class)}.
 */
public abstract class WriteGuardContract {

    /** One write endpoint and a body it accepts (2xx) from an analyst. */
    public record Write(String method, String path, String contentType, String body) {

        Response send(String token) {
            var request = given().contentType(contentType).body(body);
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            return request.request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + contentType + ")";
        }
    }

    /** The service's write endpoints, each with a body an analyst may send (none when it has none). */
    protected abstract List<Write> writes();

    /** Method and path template of each operation in the service's OpenAPI document, by kind. */
    static List<Write> declared(RequestKind kind) {
        Map<String, Map<String, Object>> paths = given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        assertThat(paths).as("operations in the OpenAPI document").isNotEmpty();
        List<Write> found = new ArrayList<>();
        paths.forEach((template, operations) -> operations.keySet().stream()
                .map(m -> m.toUpperCase(Locale.ROOT))
                .filter(m -> List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE").contains(m))
                .filter(m -> RequestKind.of(m, template) == kind)
                // A path parameter gets a unit code: the guard decides before any resource looks at it.
                .forEach(m -> found.add(new Write(m, template.replaceAll("\\{[^}]+}", "KZ-61"), "application/json", "{}"))));
        return found;
    }

    /** Declared writes, listed writes, and one that no resource declares. */
    private List<Write> refusable() {
        List<Write> all = new ArrayList<>(declared(RequestKind.WRITE));
        all.addAll(writes());
        all.add(new Write("DELETE", "/api/v1/undeclared/KZ-61", "application/json", ""));
        return all;
    }

    private List<String> violations(List<Write> writes, Function<Write, String> check) {
        List<String> violations = new ArrayList<>();
        for (Write w : writes) {
            String v = check.apply(w);
            if (v != null) {
                violations.add(w + ": " + v);
            }
        }
        return violations;
    }

    private static String refused(Response r, int status, String type) {
        if (r.statusCode() != status) {
            return "answered " + r.statusCode() + " " + r.body().asString();
        }
        if (!String.valueOf(r.contentType()).startsWith("application/problem+json")) {
            return "answered " + r.contentType() + " instead of application/problem+json";
        }
        if (!("https://seatwise.org/problems/" + type).equals(r.jsonPath().getString("type"))) {
            return "problem type " + r.jsonPath().getString("type") + ", expected " + type;
        }
        if (status == 401 && !String.valueOf(r.header("WWW-Authenticate")).startsWith("Bearer")) {
            return "no Bearer challenge (WWW-Authenticate: " + r.header("WWW-Authenticate") + ")";
        }
        return null;
    }

    @Test
    @DisplayName("every write without a token is refused with 401 problem+json and a Bearer challenge")
    void withoutToken() {
        assertThat(violations(refusable(), w -> refused(w.send(null), 401, "unauthenticated"))).isEmpty();
    }

    @Test
    @DisplayName("every write with the token of another group than analyst is refused with 403")
    void wrongRole() {
        assertThat(violations(refusable(), w -> refused(w.send(Tokens.withGroups("reader")), 403, "forbidden"))).isEmpty();
    }

    @Test
    @DisplayName("every write with an expired analyst's token is refused with 401 token-expired")
    void expired() {
        assertThat(violations(refusable(), w -> refused(w.send(Tokens.expired()), 401, "token-expired"))).isEmpty();
    }

    @Test
    @DisplayName("every write with an analyst's token signed by a key the service does not know is refused with 401")
    void badSignature() {
        assertThat(violations(refusable(), w -> refused(w.send(Tokens.signedByStranger()), 401, "invalid-token"))).isEmpty();
        assertThat(violations(refusable(), w -> refused(w.send(Tokens.otherIssuer()), 401, "invalid-token"))).isEmpty();
    }

    @Test
    @DisplayName("every write with a valid analyst's token is accepted")
    void analystAccepted() {
        assertThat(violations(writes(), w -> {
            Response r = w.send(Tokens.analyst());
            return r.statusCode() / 100 == 2 ? null : "answered " + r.statusCode() + " " + r.body().asString();
        })).isEmpty();
    }

    @Test
    @DisplayName("computations (apportionment, malapportionment, scenarios) stay open to anyone without a token")
    void computationsStayOpen() {
        assertThat(violations(declared(RequestKind.COMPUTATION), w -> {
            int status = w.send(null).statusCode();
            return status == 401 || status == 403 ? "answered " + status : null;
        })).isEmpty();
    }
}
