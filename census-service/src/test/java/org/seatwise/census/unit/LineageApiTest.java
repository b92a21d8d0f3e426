package org.seatwise.census.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class LineageApiTest {

    @Test
    @DisplayName("Turkestan region's lineage leads back to South Kazakhstan region, which the 1989 census knew as Chimkent Region")
    void turkestan() {
        given().get("/api/v1/units/KZ-61/lineage").then().statusCode(200)
                .body("ancestors.code", equalTo(List.of("KZ-YUZ")))
                .body("ancestors[0].relation", equalTo("split from"))
                .body("ancestors[0].via", equalTo("KZ-2018-06-19-TURKESTAN"))
                .body("ancestors[0].validTo", equalTo("2018-06-19"))
                .body("censusPredecessors[0].unitCode", equalTo("KZ-YUZ"))
                .body("censusPredecessors[0].describedAs", containsString("without Shymkent city"))
                .body("events.id", hasItems("KZ-1992-SOUTH-KAZAKHSTAN", "KZ-2018-06-19-TURKESTAN"))
                .body("events.find { it.id == 'KZ-1992-SOUTH-KAZAKHSTAN' }.previousNames.en", equalTo("Chimkent Region"))
                .body("events.find { it.id == 'KZ-1992-SOUTH-KAZAKHSTAN' }.dateAsKnown", equalTo("1992"))
                .body("events.find { it.id == 'KZ-2018-06-19-TURKESTAN' }.act", containsString("19 June 2018"))
                .body("coverage", containsString("not a complete history"));
    }

    @Test
    @DisplayName("Abai region descends from East Kazakhstan region and, through it, from Semipalatinsk region")
    void abai() {
        given().get("/api/v1/units/KZ-10/lineage").then().statusCode(200)
                .body("ancestors.code", equalTo(List.of("KZ-63", "KZ-SEMIPALATINSK")))
                .body("ancestors[1].depth", equalTo(2))
                .body("ancestors[1].through", equalTo("KZ-63"))
                .body("descendants", hasSize(0));
        given().get("/api/v1/units/KZ-SEMIPALATINSK/lineage").then().statusCode(200)
                .body("descendants.code", equalTo(List.of("KZ-63", "KZ-10")))
                .body("descendants[0].relation", equalTo("merged into"));
    }

    @Test
    @DisplayName("the capital's lineage lists its four renames, with the day each took effect, and no ancestor")
    void astana() {
        given().get("/api/v1/units/KZ-71/lineage").then().statusCode(200)
                .body("ancestors", hasSize(0))
                .body("events.kind", equalTo(List.of("RENAMED", "RENAMED", "RENAMED", "RENAMED")))
                .body("events.dateAsKnown", equalTo(List.of("1992-07", "1998-05-06", "2019-03-23", "2022-09-19")))
                .body("formerNames[3].names.en", equalTo("Nur-Sultan"))
                .body("formerNames[3].validTo", equalTo("2022-09-19"));
    }

    @Test
    @DisplayName("a lineage of an unknown unit answers 404 problem+json")
    void unknown() {
        given().get("/api/v1/units/KZ-00/lineage").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @DisplayName("the districts formed on 7 June 2022 link to the districts they came from")
    void districts() {
        given().get("/api/v1/units/KZ-10-AKSUAT/lineage").then().statusCode(200)
                .body("ancestors.code", hasItem("KZ-63-TARBAGATAY"));
    }
}
