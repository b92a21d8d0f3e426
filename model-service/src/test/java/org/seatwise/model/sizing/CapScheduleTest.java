package org.seatwise.model.sizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Kazakhstan's caps on maslikhat seats: law of 10 December 1993 (art. 2) and law of 23 January 2001
 * (art. 5(3)); regions, cities of republican significance and the capital up to 50, cities up to 30,
 * districts up to 25 (shared/data/scales/kazakhstan-maslikhat-caps.csv).
 */
class CapScheduleTest {

    private final CapSchedule caps = CapSchedule.kazakhstan();

    @Test
    @DisplayName("a regional council elected on 19 March 2023 is capped at 50 by the law of 23 January 2001")
    void oblast2023() {
        LegalCap cap = caps.capOn("OBLAST", LocalDate.of(2023, 3, 19)).orElseThrow();
        assertThat(cap.maxSeats()).isEqualTo(50);
        assertThat(cap.legalAct()).contains("23 January 2001");
    }

    @Test
    @DisplayName("a city council elected on 7 March 1994 is capped at 30 by the law of 10 December 1993")
    void city1994() {
        LegalCap cap = caps.capOn("CITY", LocalDate.of(1994, 3, 7)).orElseThrow();
        assertThat(cap.maxSeats()).isEqualTo(30);
        assertThat(cap.legalAct()).contains("10 December 1993");
    }

    @Test
    @DisplayName("the capital has no explicit cap before 23 January 2001: the 1993 law names no capital as such")
    void capitalBefore2001() {
        assertThat(caps.capOn("CAPITAL", LocalDate.of(1999, 12, 19))).isEmpty();
        assertThat(caps.capOn("CAPITAL", LocalDate.of(2001, 1, 22))).isEmpty();
    }

    @Test
    @DisplayName("the capital is capped at 50 from the day the 2001 law applied")
    void capitalFrom2001() {
        assertThat(caps.capOn("CAPITAL", LocalDate.of(2001, 1, 23))).map(LegalCap::maxSeats).contains(50);
    }

    @Test
    @DisplayName("before 10 December 1993 no cap is known for any kind")
    void beforeFirstLaw() {
        assertThat(caps.capOn("DISTRICT", LocalDate.of(1993, 12, 9))).isEmpty();
    }

    @Test
    @DisplayName("a district council is capped at 25, whatever the case of the kind")
    void districtAnyCase() {
        assertThat(caps.capOn("district", LocalDate.of(2023, 3, 19))).map(LegalCap::maxSeats).contains(25);
    }

    @Test
    @DisplayName("a kind no law names has no cap")
    void unknownKind() {
        assertThat(caps.capOn("RURAL_DISTRICT", LocalDate.of(2023, 3, 19))).isEmpty();
    }
}
