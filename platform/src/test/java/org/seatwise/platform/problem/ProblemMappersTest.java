package org.seatwise.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

    @Test
    @DisplayName("a JSON parser's reason keeps its words but loses the package names of our classes and the JDK's")
    void reasonsWithoutClassNames() {
        assertThat(ProblemMappers.withoutClassNames(
                "Cannot deserialize value of type `java.math.BigDecimal` from String \"lots\": not a valid representation"))
                .isEqualTo("Cannot deserialize value of type `BigDecimal` from String \"lots\": not a valid representation");
        assertThat(ProblemMappers.withoutClassNames("Cannot construct instance of "
                + "`org.seatwise.model.apportionment.api.ApportionmentRequestBody$UnitBody` (although at least one Creator exists)"))
                .isEqualTo("Cannot construct instance of `ApportionmentRequestBody` (although at least one Creator exists)");
        assertThat(ProblemMappers.withoutClassNames("Unexpected end-of-input: expected close marker for Array"))
                .isEqualTo("Unexpected end-of-input: expected close marker for Array");
    }

    @Test
    @DisplayName("a JSON parser's reason loses the parser's own settings and source description, keeping the line and column")
    void reasonsWithoutParserInternals() {
        assertThat(ProblemMappers.withoutParserInternals(
                "Number value length (1048576) exceeds the maximum allowed (1000, from `StreamReadConstraints.getMaxNumberLength()`)"))
                .isEqualTo("Number value length (1048576) exceeds the maximum allowed (1000)");
        assertThat(ProblemMappers.withoutParserInternals("Unexpected end-of-input: expected close marker for Object (start marker at "
                + "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])"))
                .isEqualTo("Unexpected end-of-input: expected close marker for Object (start marker at [line: 1, column: 1])");
        assertThat(ProblemMappers.withoutParserInternals("Illegal character ((CTRL-CHAR, code 30)): only regular white space "
                + "(\\r, \\n, \\t) is allowed between tokens (consider enabling `JsonReadFeature.ALLOW_RS_CONTROL_CHAR` to allow use "
                + "of Record Separators (\\u001E))"))
                .isEqualTo("Illegal character ((CTRL-CHAR, code 30)): only regular white space (\\r, \\n, \\t) is allowed between tokens");
        assertThat(ProblemMappers.withoutParserInternals("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` "
                + "to allow")).isEqualTo("Non-standard token 'NaN'");
        assertThat(ProblemMappers.withoutParserInternals("Invalid UTF-8 start byte 0xe9")).isEqualTo("Invalid UTF-8 start byte 0xe9");
    }

    @Test
    @DisplayName("an unexpected failure answers 500 with an incident id of its own, and does not claim that nothing was stored")
    void unexpectedFailureNamesItsIncident() {
        ProblemMappers mappers = new ProblemMappers();
        Problem first = (Problem) mappers.unexpected(new IllegalStateException("boom"), null).getEntity();
        Problem second = (Problem) mappers.unexpected(new IllegalStateException("boom"), null).getEntity();

        assertThat(first.status()).isEqualTo(500);
        assertThat(first.type().toString()).endsWith("internal-error");
        assertThat(first.detail()).matches(".*\\(incident [0-9a-f-]{36}, logged\\).*").contains("read the resource")
                .doesNotContain("nothing was stored").doesNotContain("boom");
        assertThat(incident(first)).isNotEqualTo(incident(second));
    }

    private static String incident(Problem p) {
        return p.detail().replaceAll(".*\\(incident ([0-9a-f-]{36}).*", "$1");
    }
}
