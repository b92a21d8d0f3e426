package org.seatwise.census.population;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.contracts.Topics;
import org.seatwise.platform.testing.TopicTail;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class PopulationApiTest {

    private static String uniqueSource(String what) {
        return "test " + what + " " + Long.toString(System.nanoTime(), 36);
    }

    @Test
    @DisplayName("Turkestan region's total population: 1989 and 2023 from the study in thousands, marked a nominal comparison across the 2018 split")
    void turkestanSeries() {
        given().get("/api/v1/units/KZ-61/population?universe=total").then().statusCode(200)
                .body("universe", equalTo("TOTAL_POPULATION"))
                .body("figures.date", equalTo(List.of("1989-01-12", "2023-01-01")))
                .body("figures.value", equalTo(List.of(1_440_000, 2_119_000)))
                .body("figures[0].roundedTo", equalTo(1000))
                .body("figures[0].basis", equalTo("RECONSTRUCTED"))
                .body("figures[0].citation", containsString("without Shymkent city"))
                .body("comparisons", hasSize(1))
                .body("comparisons[0].verdict", equalTo("NOMINAL"))
                .body("comparisons[0].territorialChanges[0].id", equalTo("KZ-2018-06-19-TURKESTAN"))
                .body("comparisons[0].explanation", containsString("Nominal"));
    }

    @Test
    @DisplayName("Abai region keeps both 1 January 2023 figures: the study's 610 thousand and the statistics office's 610,205")
    void severalSources() {
        given().get("/api/v1/units/KZ-10/population").then().statusCode(200)
                .body("figures.findAll { it.date == '2023-01-01' }.value", equalTo(List.of(610_205, 610_000)))
                .body("figures.findAll { it.date == '2023-01-01' }.source.size()", equalTo(2));
        given().get("/api/v1/units/KZ-10-SEMEY/population").then().statusCode(200)
                .body("figures.value", equalTo(List.of(324_078, 328_782)))
                .body("comparisons[0].verdict", equalTo("NO_CHANGE_RECORDED"));
    }

    @Test
    @DisplayName("a CSV with an unknown unit, a unit not valid on its date, a negative and a non-integer value, a future date and a duplicate is one 422 listing every bad row; nothing is stored")
    void badCsv() {
        String source = uniqueSource("bad csv");
        String csv = "unit_code,date,universe,value\n"
                + "KZ-00,2023-01-01,total,100\n"
                + "KZ-61,2010-01-01,total,100\n"
                + "KZ-75,2023-01-01,total,-5\n"
                + "KZ-19,2023-01-01,total,12.5\n"
                + "KZ-15," + LocalDate.now().plusDays(2) + ",total,100\n"
                + "KZ-31,2023-01-01,total,100\n"
                + "KZ-31,2023-01-01,total,100\n"
                + "KZ-23,2023-01-01,total,700000\n";
        given().contentType("text/csv").queryParam("source", source).body(csv).post("/api/v1/population").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("nothing was stored"))
                .body("errors.row", equalTo(List.of(2, 3, 4, 5, 6, 8)))
                .body("errors.field", equalTo(List.of("unitCode", "unitCode", "value", "value", "date", "unitCode")));
        given().get("/api/v1/units/KZ-23/population").then().statusCode(200)
                .body("figures.source", org.hamcrest.Matchers.not(hasItem(source)));
    }

    @Test
    @DisplayName("a valid JSON upload stores the figures and announces each as PopulationRecorded; the same upload again stores and announces nothing")
    void idempotentUpload() {
        String source = uniqueSource("roll");
        Map<String, Object> body = Map.of("source", source, "citation", "test bulletin, table 2", "figures", List.of(
                Map.of("unitCode", "KZ-62", "date", "2023-01-01", "universe", "voters", "value", 138277),
                Map.of("unitCode", "KZ-ULY-UNKNOWN-NOT", "date", "2023-01-01", "universe", "voters", "value", 1)));
        given().contentType("application/json").body(body).post("/api/v1/population").then().statusCode(422)
                .body("errors.row", equalTo(List.of(2)));

        Map<String, Object> good = Map.of("source", source, "citation", "test bulletin, table 2", "figures", List.of(
                Map.of("unitCode", "KZ-62", "date", "2023-01-01", "universe", "voters", "value", 138277),
                Map.of("unitCode", "KZ-AST", "date", "2023-01-01", "universe", "VOTERS_ON_ROLL", "value", 772039)));
        Instant before = Instant.now().minusSeconds(1);
        try (TopicTail tail = TopicTail.since(Topics.CENSUS, before)) {
            given().contentType("application/json").body(good).post("/api/v1/population").then().statusCode(201)
                    .body("stored", equalTo(2)).body("alreadyRecorded", equalTo(0));
            var events = tail.await(e -> e.data() != null && e.data().contains(source), 2, Duration.ofSeconds(20));
            assertThat(events).hasSize(2).allSatisfy(e -> assertThat(e.type()).isEqualTo("seatwise.census.population.recorded.v1"));
            assertThat(events).extracting(TopicTail.Event::key).containsExactlyInAnyOrder("KZ-62", "KZ-71");

            given().contentType("application/json").body(good).post("/api/v1/population-figures").then().statusCode(200)
                    .body("stored", equalTo(0)).body("alreadyRecorded", equalTo(2));
            assertThat(tail.drain(e -> e.data() != null && e.data().contains(source), Duration.ofSeconds(3))).hasSize(2);
        }
        given().get("/api/v1/units/KZ-71/population?universe=voters").then().statusCode(200)
                .body("figures.value", equalTo(List.of(772039))).body("figures[0].source", equalTo(source));
    }

    @Test
    @DisplayName("a CSV figure in thousands is stored with its rounding, and a changed value from the same source is refused")
    void csvWithRounding() {
        String source = uniqueSource("thousands");
        String csv = "unit_code,date,universe,value,rounded_to,basis,note\n"
                + "KZ-YUZ,2009-02-25,total,2470000,1000,,as printed in thousands\n";
        given().contentType("text/csv").queryParam("source", source).body(csv).post("/api/v1/population").then()
                .statusCode(201).body("stored", equalTo(1));
        given().get("/api/v1/units/KZ-YUZ/population").then().statusCode(200)
                .body("figures.find { it.source == '" + source + "' }.roundedTo", equalTo(1000))
                .body("figures.find { it.source == '" + source + "' }.citation", equalTo("as printed in thousands"));
        given().contentType("text/csv").queryParam("source", source)
                .body(csv.replace("2470000", "2471000")).post("/api/v1/population").then()
                .statusCode(422).body("errors[0].reason", containsString("already gave 2470000"));
    }

    @Test
    @DisplayName("a CSV without the value column, and an unknown universe in the query, are 422 problems")
    void badRequests() {
        given().contentType("text/csv").queryParam("source", "x").body("unit_code,date,universe\nKZ-61,2023-01-01,total\n")
                .post("/api/v1/population").then().statusCode(422).body("errors.field", equalTo(List.of("value")));
        given().get("/api/v1/units/KZ-61/population?universe=martians").then().statusCode(422)
                .contentType("application/problem+json");
        given().get("/api/v1/units/KZ-00/population").then().statusCode(404);
    }

    @Test
    @DisplayName("a JSON upload whose figures are not a list, whose body is not an object, or whose value is 1e400 is a 422 problem naming the field, with no Java type in it; nothing is stored")
    void wronglyShapedJson() {
        given().contentType("application/json").body("{\"source\":\"shape test\",\"figures\":{\"x\":1}}")
                .post("/api/v1/population").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("figures")).body(org.hamcrest.Matchers.not(containsString("java.")));
        given().contentType("application/json").body("[1,2,3]").post("/api/v1/population").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("body"));
        String source = uniqueSource("infinite");
        given().contentType("application/json").body("{\"source\":\"" + source + "\",\"citation\":\"c\",\"figures\":["
                + "{\"unitCode\":\"KZ-62\",\"date\":\"2023-01-01\",\"universe\":\"voters\",\"value\":1e400}]}")
                .post("/api/v1/population").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("value"));
        given().get("/api/v1/units/KZ-62/population").then().statusCode(200).body(org.hamcrest.Matchers.not(containsString(source)));
    }

    @Test
    @DisplayName("a JSON upload that cannot be parsed (random bytes, a record separator, NaN, cut short, Latin-1, nested too deep, a number of a million digits) is a 400 problem naming the body and saying why, with no parser settings in it")
    void unreadableJson() {
        byte[] latin1 = ("{\"source\":\"Sémey\",\"figures\":[]}").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Map<String, byte[]> bodies = Map.of(
                "random bytes", new byte[] { (byte) 0xff, 0x03, 0x00, 0x7f },
                "a record separator", new byte[] { 0x1e, '{', '}' },
                "NaN", "{\"source\":\"s\",\"figures\":[{\"value\":NaN}]}".getBytes(),
                "cut short", "{\"source\":\"s\",\"figures\":[{\"unitCode\":\"KZ-6".getBytes(),
                "Latin-1", latin1,
                "nested too deep", ("{\"figures\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}").getBytes(),
                "a million digits", ("{\"source\":\"s\",\"figures\":[{\"value\":" + "9".repeat(1 << 20) + "}]}").getBytes());
        bodies.forEach((what, body) -> given().contentType("application/json").body(body).post("/api/v1/population").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("body")))
                .body("detail", org.hamcrest.Matchers.not(containsString("HTTP 400 Bad Request")))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.anyOf(containsString("StreamRead"), containsString("Source:"),
                        containsString("Feature"), containsString("java.")))));
    }
}
