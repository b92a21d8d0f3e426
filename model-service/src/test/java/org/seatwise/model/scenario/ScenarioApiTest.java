package org.seatwise.model.scenario;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ScenarioApiTest {

    @Test
    @DisplayName("a scenario with a hypothetical unit computes it with the cap override and stores nothing")
    void hypotheticalUnit() {
        String unit = "S-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        given().contentType(ContentType.JSON).body(Map.of("model", "cube-root", "rounding", "floor", "capOverride", 110,
                "inputs", List.of(Map.of("unitCode", unit, "voters", 1_177_507))))
                .post("/api/v1/scenarios").then().statusCode(200)
                .body("rule.rounding", equalTo("floor")).body("rule.capOverride", equalTo(110))
                .body("units.find { it.unitCode == '" + unit + "' }.seats", equalTo(105))
                .body("units.find { it.unitCode == '" + unit + "' }.overridden", equalTo(true))
                .body("units.find { it.unitCode == '" + unit + "' }.inputSource", equalTo("scenario input"))
                .body("totals.units", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().get("/api/v1/recommendations/" + unit).then().statusCode(404);
    }

    @Test
    @DisplayName("an unknown model, a bad rounding and a negative input are all named in one 422 problem")
    void invalid() {
        given().contentType(ContentType.JSON).body(Map.of("model", "cube-rot", "rounding", "sideways",
                "inputs", List.of(Map.of("unitCode", "X-1", "voters", -5))))
                .post("/api/v1/scenarios").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("model")).body("errors.field", hasItem("rounding"))
                .body("errors.field", hasItem("inputs.voters"));
    }
}
