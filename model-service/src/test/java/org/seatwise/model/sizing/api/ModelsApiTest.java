package org.seatwise.model.sizing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ModelsApiTest {

    @Test
    @DisplayName("GET /api/v1/models lists the four models, each with a formula and a citation, and the four roundings")
    void catalogue() {
        given().get("/api/v1/models").then().statusCode(200)
                .body("models.id", equalTo(List.of("cube-root", "taagepera-literate", "power-law", "legislated-scale")))
                .body("models.formula", everyItem(not(emptyOrNullString())))
                .body("models.find { it.id == 'cube-root' }.citations[0]", containsString("Taagepera"))
                .body("models.find { it.id == 'power-law' }.parameters.name", hasItems("a", "b", "universe"))
                .body("roundings.id", equalTo(List.of("floor", "nearest", "ceiling", "nearest-odd")));
    }

    @Test
    @DisplayName("GET /api/v1/models/cube-root describes the study's model with its default universe, voters")
    void oneModel() {
        given().get("/api/v1/models/cube-root").then().statusCode(200)
                .body("formula", equalTo("S = P^(1/3)"))
                .body("parameters", hasSize(1))
                .body("parameters[0].defaultValue", equalTo("voters"));
    }

    @Test
    @DisplayName("an unknown model answers 404 problem+json")
    void unknown() {
        given().get("/api/v1/models/fourth-root").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("fourth-root"));
    }
}
