package org.seatwise.model.reproduction.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The endpoint over HTTP; the values themselves are specified by MaslikhatReproductionTest. */
@QuarkusTest
class ReproductionApiTest {

    @Test
    @DisplayName("GET /api/v1/reproductions/maslikhat-2025 answers both tables, 20 rows each, with the method stated")
    void tables() {
        given().get("/api/v1/reproductions/maslikhat-2025").then().statusCode(200)
                .body("id", equalTo("maslikhat-2025"))
                .body("table1.rows", hasSize(20))
                .body("table2.rows", hasSize(20))
                .body("method", containsString("reference rule"));
    }

    @Test
    @DisplayName("Turkestan's printed cube-root size of 105 stands beside the recomputed 106 and is flagged as floor rounding, with its source")
    void turkestan() {
        given().get("/api/v1/reproductions/maslikhat-2025").then().statusCode(200)
                .body("table2.rows[0].unit.code", equalTo("KZ-61"))
                .body("table2.rows[0].unit.nameEn", equalTo("Turkestan Region"))
                .body("table2.rows[0].voters.value", equalTo(1177507))
                .body("table2.rows[0].voters.table", equalTo("Table 2"))
                .body("table2.rows[0].cubeRoot.printed.value", equalTo(105))
                .body("table2.rows[0].cubeRoot.printed.source", equalTo("the study"))
                .body("table2.rows[0].cubeRoot.reference.value", equalTo(106))
                .body("table2.rows[0].cubeRoot.flagged", equalTo(true))
                .body("table2.rows[0].cubeRoot.explanation.ruleId", equalTo("cube-root/voters/floor"));
    }

    @Test
    @DisplayName("the flagged list names each flagged value with its verdict and finding")
    void flagged() {
        given().get("/api/v1/reproductions/maslikhat-2025").then().statusCode(200)
                .body("flagged.size()", greaterThan(0))
                .body("flagged.verdict", everyItem(org.hamcrest.Matchers.oneOf("OTHER_RULE", "UNEXPLAINED")))
                .body("flagged.find { it.code == 'KZ-79' && it.column == 'population_change_pct_as_printed' }.verdict",
                        equalTo("UNEXPLAINED"));
    }

    @Test
    @DisplayName("GET /api/v1/reproductions lists the maslikhat-2025 reproduction")
    void list() {
        given().get("/api/v1/reproductions").then().statusCode(200).body("id", equalTo(java.util.List.of("maslikhat-2025")));
    }

    @Test
    @DisplayName("an unknown reproduction answers 404 problem+json")
    void unknown() {
        given().get("/api/v1/reproductions/census-1989").then().statusCode(404).contentType("application/problem+json");
    }
}
