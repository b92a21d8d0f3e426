package org.seatwise.census.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class UnitApiTest {

    @Test
    @DisplayName("the seed gives Kazakhstan's 17 regions, 2 cities of republican significance and the capital under KZ")
    void seededUnits() {
        given().get("/api/v1/units?parent=KZ").then().statusCode(200).body("$", hasSize(20))
                .body("findAll { it.kind == 'OBLAST' }", hasSize(17))
                .body("findAll { it.kind == 'CITY_REPUBLICAN' }.code", equalTo(java.util.List.of("KZ-75", "KZ-79")))
                .body("findAll { it.kind == 'CAPITAL' }.code", equalTo(java.util.List.of("KZ-71")));
    }

    @Test
    @DisplayName("Turkestan region has its names in three languages, its creation date and its provenance")
    void oneUnit() {
        given().get("/api/v1/units/KZ-61").then().statusCode(200)
                .body("names.kk", equalTo("Түркістан облысы"))
                .body("names.ru", equalTo("Туркестанская область"))
                .body("names.en", equalTo("Turkestan Region"))
                .body("validFrom", equalTo("2018-06-19"))
                .body("parentCode", equalTo("KZ"))
                .body("provenance.source", org.hamcrest.Matchers.containsString("2025 study"));
    }

    @Test
    @DisplayName("on 1 January 2010 neither Turkestan region nor the three regions of 2022 existed")
    void unitsValidOnADate() {
        given().get("/api/v1/units?at=2010-01-01&kind=oblast").then().statusCode(200)
                .body("code", not(hasItem("KZ-61"))).body("code", not(hasItem("KZ-10")))
                .body("code", not(hasItem("KZ-33"))).body("code", not(hasItem("KZ-62")))
                .body("code", hasItem("KZ-19")).body("kind", everyItem(equalTo("OBLAST")));
    }

    @Test
    @DisplayName("an unknown unit code answers 404 problem+json")
    void unknownUnit() {
        given().get("/api/v1/units/KZ-00").then().statusCode(404).contentType("application/problem+json")
                .body("status", equalTo(404)).body("detail", org.hamcrest.Matchers.containsString("KZ-00"));
    }

    @Test
    @DisplayName("a bad kind and a bad date are both named in one 422 problem")
    void badQuery() {
        given().get("/api/v1/units?kind=planet&at=2010-13-45").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("kind", "at")));
    }
}
