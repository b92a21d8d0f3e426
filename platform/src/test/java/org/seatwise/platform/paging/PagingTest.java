package org.seatwise.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.platform.problem.ProblemException;

class PagingTest {

    private static final List<Integer> TEN = IntStream.rangeClosed(1, 10).boxed().toList();

    @Test
    @DisplayName("without parameters a page is the first max items; limit and offset pick a slice")
    void slices() {
        assertThat(Paging.of(null, null, 4).of(TEN)).containsExactly(1, 2, 3, 4);
        assertThat(Paging.of("3", "8", 4).of(TEN)).containsExactly(9, 10);
        assertThat(Paging.of("2", "50", 4).of(TEN)).isEmpty();
    }

    @Test
    @DisplayName("a limit beyond the cap, a limit of 0, a negative offset or words are one 400 problem naming each field")
    void refusesBeyondTheCap() {
        assertThatThrownBy(() -> Paging.of("5", null, 4)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).extracting(f -> f.field()).containsExactly("limit");
        });
        assertThatThrownBy(() -> Paging.of("0", "-1", 4)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors()).extracting(f -> f.field()).containsExactly("limit", "offset"));
        assertThatThrownBy(() -> Paging.of("all", "99999999999", 4)).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.problem().errors()).hasSize(2));
    }
}
