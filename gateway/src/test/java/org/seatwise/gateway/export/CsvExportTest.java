package org.seatwise.gateway.export;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.gateway.support.FakeServices;
import org.seatwise.platform.testing.JwtKeys;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** {@code Accept: text/csv} on a GET of a JSON table, through the gateway (census answers JSON only). */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@QuarkusTestResource(JwtKeys.class)
class CsvExportTest {

    @Test
    @DisplayName("a table of units comes back as CSV with dotted columns, quoting and the formula guard")
    void units() {
        String csv = given().accept("text/csv").get("/api/v1/units").then().statusCode(200)
                .contentType("text/csv").header("Content-Disposition", equalTo("inline; filename=\"units.csv\""))
                .extract().asString();
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("code,kind,names.kk,names.ru,names.en,parentCode,aliases,voters,raw,gap,note");
        assertThat(lines[1]).isEqualTo("KZ-61,REGION,Түркістан облысы,Туркестанская область,Turkestan Region,KZ,KZ-YUZ; YUZ,"
                + "1177507,105.563214,-5,\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\"");
        assertThat(lines[2]).isEqualTo("KZ-10,REGION,Абай облысы,Абайская область,\"Abai Region, \"\"new\"\"\",KZ,,420000,74.888,,"
                + "\"line one\nline two\"");
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).isEmpty();
    }

    @Test
    @DisplayName("JSON stays the default, and a single document is not a table: 406 problem+json")
    void onlyTables() {
        given().get("/api/v1/units").then().statusCode(200).contentType("application/json");
        given().accept("text/csv, application/json;q=0.5").get("/api/v1/units/KZ-61").then().statusCode(406)
                .contentType("application/problem+json").body("type", equalTo("https://seatwise.org/problems/not-a-table"));
    }

    @Test
    @DisplayName("a service's problem passes through unchanged when CSV was asked for")
    void problemsPassThrough() {
        given().accept("text/csv").get("/api/v1/units/NOPE").then().statusCode(404).contentType("application/problem+json")
                .body("title", equalTo("Not found"));
    }
}
