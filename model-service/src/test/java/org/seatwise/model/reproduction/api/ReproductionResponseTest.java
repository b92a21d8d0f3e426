package org.seatwise.model.reproduction.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.problem.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The reproduction's body, without the server: provenance on every number. */
class ReproductionResponseTest {

    private final ReproductionResponse body = new ReproductionResource().one("maslikhat-2025");

    private List<ReproductionResponse.Printed> printedNumbers() {
        List<ReproductionResponse.Printed> all = new ArrayList<>();
        for (var r : body.table1().rows()) {
            all.add(r.deputies2023());
            all.add(r.population1989Thousands());
            all.add(r.population2023Thousands());
            if (r.deputies1994() != null) {
                all.add(r.deputies1994());
            }
            for (var c : List.of(r.deputiesChange(), r.populationChange())) {
                if (c.printed() != null) {
                    all.add(c.printed());
                }
            }
        }
        for (var r : body.table2().rows()) {
            all.add(r.deputies());
            all.add(r.voters());
            all.add(r.cubeRoot().printed());
            all.add(r.gap().printed());
        }
        return all;
    }

    private List<ReproductionResponse.Recomputed> recomputedNumbers() {
        List<ReproductionResponse.Recomputed> all = new ArrayList<>();
        List<ReproductionResponse.Check> checks = new ArrayList<>();
        body.table1().rows().forEach(r -> {
            checks.add(r.deputiesChange());
            checks.add(r.populationChange());
        });
        body.table2().rows().forEach(r -> {
            checks.add(r.cubeRoot());
            checks.add(r.gap());
        });
        for (var c : checks) {
            all.addAll(c.recomputed());
            if (c.reference() != null) {
                all.add(c.reference());
            }
            if (c.explanation() != null) {
                all.add(c.explanation());
            }
        }
        return all;
    }

    @Test
    @DisplayName("every printed number names the study, its table and its column")
    void printedProvenance() {
        assertThat(printedNumbers()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("the study");
            assertThat(p.table()).isIn("Table 1", "Table 2");
            assertThat(p.column()).isNotBlank();
        });
    }

    @Test
    @DisplayName("every recomputed number names the rule that made it, its arithmetic, and the table its inputs come from")
    void recomputedProvenance() {
        assertThat(recomputedNumbers()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.ruleId()).isNotBlank();
            assertThat(r.rule()).isNotBlank();
            assertThat(r.working()).isNotBlank();
            assertThat(r.source()).containsPattern("Table [12]");
        });
    }

    @Test
    @DisplayName("the flagged list holds exactly the flagged values of both tables, each with its finding")
    void flaggedList() {
        long flaggedInRows = body.table1().rows().stream()
                .mapToLong(r -> (r.deputiesChange().flagged() ? 1 : 0) + (r.populationChange().flagged() ? 1 : 0)).sum()
                + body.table2().rows().stream().mapToLong(r -> (r.cubeRoot().flagged() ? 1 : 0) + (r.gap().flagged() ? 1 : 0))
                        .sum();
        assertThat(body.flagged()).hasSize((int) flaggedInRows).allSatisfy(f -> assertThat(f.finding()).isNotBlank());
    }

    @Test
    @DisplayName("the body serialises to JSON with both tables, the column summaries and the method")
    void json() throws Exception {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        JsonNode json = mapper.readTree(mapper.writeValueAsString(body));
        assertThat(json.path("id").asText()).isEqualTo("maslikhat-2025");
        assertThat(json.path("table2").path("rows")).hasSize(20);
        assertThat(json.path("table1").path("columns")).hasSize(2);
        assertThat(json.path("method").asText()).contains("reference rule");
        assertThat(json.path("table2").path("rows").get(0).path("voters").path("value").asLong()).isEqualTo(1_177_507L);
    }

    @Test
    @DisplayName("an unknown reproduction is answered with a not-found problem")
    void unknown() {
        assertThatThrownBy(() -> new ReproductionResource().one("census-1989"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
    }
}
