package org.seatwise.model.sizing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A published rule that maps a population figure to a council size before rounding. Implementations
 * are immutable values; each states its formula and the work it comes from.
 */
public interface SeatSizeModel {

    /** Stable identifier used in the API and in events, e.g. {@code cube-root}. */
    String id();

    /** The model's value for a population, before rounding and cap. */
    BigDecimal raw(long population);

    /** The parameters that, with {@link #id()}, identify this configuration (empty when none). */
    default Map<String, String> parameters() {
        return Map.of();
    }

    /** Which population figure the model expects as its input; voters on the roll unless stated. */
    default PopulationUniverse universe() {
        return PopulationUniverse.VOTERS;
    }

    /** This configuration in one sentence, with its formula and parameter values. */
    default String description() {
        return id() + " " + parameters();
    }
}
