package org.seatwise.model.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A table a caller posts: ascending brackets, the first from 0, positive seats; every bad bracket named. */
class BracketTableTest {

    @Test
    @DisplayName("a valid table is read in order with no error")
    void valid() {
        BracketTable.Checked c = BracketTable.parse("brackets", "0:7, 100:11; 500:15");
        assertThat(c.valid()).isTrue();
        assertThat(c.brackets()).containsExactly(new Bracket(0, 7), new Bracket(100, 11), new Bracket(500, 15));
    }

    @Test
    @DisplayName("every bad bracket is named at once: zero seats, a minimum that does not ascend, an unreadable pair")
    void everyError() {
        BracketTable.Checked c = BracketTable.parse("brackets", "0:5,100:0,50:7,abc");
        assertThat(c.errors()).extracting(ConfigurationError::field)
                .containsExactly("brackets[2]", "brackets[3]", "brackets[4]");
        assertThat(c.errors().get(0).reason()).contains("positive");
        assertThat(c.errors().get(1).reason()).contains("ascend");
        assertThat(c.errors().get(1).value()).isEqualTo("50:7");
    }

    @Test
    @DisplayName("a table whose first bracket does not start at 0 is refused, naming bracket 1")
    void firstFromZero() {
        BracketTable.Checked c = BracketTable.parse("brackets", "10:5,100:9");
        assertThat(c.errors()).extracting(ConfigurationError::field).containsExactly("brackets[1]");
    }

    @Test
    @DisplayName("an empty table is refused")
    void empty() {
        assertThat(BracketTable.parse("brackets", " ").valid()).isFalse();
        assertThat(BracketTable.validate("brackets", List.of())).hasSize(1);
    }

    @Test
    @DisplayName("a custom scale built from bad brackets fails with every error, not only the first")
    void customScaleRefused() {
        assertThatThrownBy(() -> LegislatedScale.custom(List.of(new Bracket(5, 0), new Bracket(5, 3))))
                .isInstanceOfSatisfying(InvalidModelConfiguration.class, e -> assertThat(e.errors())
                        .extracting(ConfigurationError::field)
                        .containsExactly("brackets[1]", "brackets[1]", "brackets[2]"));
    }
}
