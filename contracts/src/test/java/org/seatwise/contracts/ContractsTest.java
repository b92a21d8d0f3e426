package org.seatwise.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The published schemas and the AsyncAPI document must describe exactly what the records serialise to. */
class ContractsTest {

    // Serialised as the services serialise (Quarkus's ObjectMapper: ISO dates, not timestamps).
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final Provenance SOURCE = new Provenance("Central Election Commission", LocalDate.of(2023, 1, 1),
            "information bulletin");

    static EventPayload sample(EventType type) {
        return switch (type) {
            case UNIT_REGISTERED -> new UnitRegistered("KZ-61", "OBLAST", new UnitRegistered.Names("Түркістан облысы",
                    "Туркестанская область", "Turkestan Region"), "KZ", LocalDate.of(2018, 6, 19), null, List.of(), SOURCE);
            case POPULATION_RECORDED -> new PopulationRecorded("f-1", "KZ-10-ABAY", LocalDate.of(2021, 10, 1),
                    "TOTAL_POPULATION", 14_240, SOURCE);
            case VOTER_ROLL_PUBLISHED -> new VoterRollPublished("b-1", 1, 20, "KZ-61", 1_177_507, LocalDate.of(2023, 1, 1), SOURCE, 7,
                    Instant.parse("2025-01-15T10:00:00Z"));
            case COUNCIL_SEATS_RECORDED -> new CouncilSeatsRecorded("KZ-61", "VIII", LocalDate.of(2023, 3, 19), 46, SOURCE);
            case LEGAL_CAP_RECORDED -> new LegalCapRecorded("KZ", "OBLAST", LocalDate.of(2001, 1, 23), 50,
                    "Law of 23 January 2001 on local government (art. 5(3))", SOURCE);
            case RECOMMENDATION_ISSUED -> new RecommendationIssued("r-1", "KZ-61",
                    new RecommendationIssued.Rule("cube-root", Map.of("universe", "voters"), "nearest", false),
                    new RecommendationIssued.Input("VOTERS_ON_ROLL", 1_177_507, "b-1", SOURCE),
                    new BigDecimal("105.5977"), 106, 50, true, 46, -60, Instant.parse("2025-02-01T00:00:00Z"));
        };
    }

    private static Schema schema(EventType type) throws IOException {
        try (InputStream in = ContractsTest.class.getResourceAsStream(type.schemaResource())) {
            assertThat(in).as("schema of %s", type.type()).isNotNull();
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in, InputFormat.JSON);
        }
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    @DisplayName("every event type's payload, as the services serialise it, is valid against its published schema")
    void payloadMatchesSchema(EventType type) throws IOException {
        EventPayload payload = sample(type);
        assertThat(EventType.of(payload.getClass())).isEqualTo(type);
        String json = JSON.writeValueAsString(payload);
        assertThat(schema(type).validate(json, InputFormat.JSON)).as(json).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    @DisplayName("a payload without its unit code is rejected by the schema (the schemas can fail)")
    void schemaRejectsMissingSubject(EventType type) throws IOException {
        var tree = JSON.valueToTree(sample(type));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree).remove("unitCode");
        assertThat(schema(type).validate(tree.toString(), InputFormat.JSON)).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    @DisplayName("the AsyncAPI document names every event type, its schema and its topic")
    void asyncApiDocumentsEveryType(EventType type) throws IOException {
        String asyncApi;
        try (InputStream in = ContractsTest.class.getResourceAsStream("/asyncapi.yaml")) {
            asyncApi = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(asyncApi).contains("name: " + type.type())
                .contains("'./schemas/" + type.type() + ".json'").contains("address: " + type.topic());
    }

    @org.junit.jupiter.api.Test
    @DisplayName("convocation numerals read as the election commission numbers them: I = 1, VIII = 8, and nothing else")
    void convocations() {
        assertThat(Convocation.ordinal("I")).isEqualTo(1);
        assertThat(Convocation.ordinal("viii")).isEqualTo(8);
        assertThat(Convocation.ordinal("XIV")).isEqualTo(14);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Convocation.ordinal("IIX")).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Convocation.ordinal("")).isInstanceOf(IllegalArgumentException.class);
    }
}
