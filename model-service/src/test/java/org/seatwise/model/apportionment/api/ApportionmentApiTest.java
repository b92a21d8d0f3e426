package org.seatwise.model.apportionment.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The two endpoints through the running application, JSON in and out. */
@QuarkusTest
class ApportionmentApiTest {

    @Test
    @DisplayName("POST /api/v1/apportionments answers D'Hondt as Jefferson, in request order")
    void apportionsOverHttp() {
        // Balinski & Young (1975), example 2: Jefferson gives 10, 7, 5, 3, 1.
        String body = """
                {"method":"dhondt","seats":26,"minimumPerUnit":null,"maximumPerUnit":null,
                 "units":[{"id":"A","population":9061},{"id":"B","population":7179},{"id":"C","population":5259},
                          {"id":"D","population":3319},{"id":"E","population":1182}]}""";

        given().contentType("application/json").body(body)
                .when().post("/api/v1/apportionments")
                .then().statusCode(200)
                .body("method", equalTo("jefferson"))
                .body("allocations.id", contains("A", "B", "C", "D", "E"))
                .body("allocations.seats", contains(10, 7, 5, 3, 1))
                .body("ties.size()", equalTo(0))
                .body("tieRule", equalTo("request-order"))
                .body("indices.units.size()", equalTo(5));
    }

    @Test
    @DisplayName("an unknown method and a negative population give one 422 problem naming both")
    void invalidInputIsAProblem() {
        String body = """
                {"method":"borda","seats":10,"units":[{"id":"A","population":5},{"id":"B","population":-1}]}""";

        given().contentType("application/json").body(body)
                .when().post("/api/v1/apportionments")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItems("method", "population"))
                .body("errors.find { it.field == 'method' }.reason", containsString("huntington-hill"));
    }

    @Test
    @DisplayName("a body that is not JSON is a 400 problem")
    void malformedJson() {
        given().contentType("application/json").body("{\"method\":\"webster\",\"seats\":")
                .when().post("/api/v1/apportionments")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    @DisplayName("POST /api/v1/malapportionment measures an existing distribution and flags each unit")
    void measuresOverHttp() {
        String body = """
                {"units":[{"id":"A","population":112,"seats":1},{"id":"B","population":88,"seats":1},
                          {"id":"C","population":100,"seats":1}]}""";

        given().contentType("application/json").body(body)
                .when().post("/api/v1/malapportionment")
                .then().statusCode(200)
                .body("seats", equalTo(3))
                .body("indices.unitsBeyondTolerance", equalTo(2))
                .body("indices.units.venice", contains("beyond-tolerance", "beyond-tolerance", "within-tolerance"));
    }
}
