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
}
