package org.seatwise.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * The seat count one model and rule recommend for one unit from its latest input, with everything
 * needed to check it: the input and its provenance, the raw model value, the rule, the cap in force
 * and the council's current size.
 *
 * @param recommendationId stable for the same unit, rule and inputs; a CloudEvent with this payload
 *                         carries the same id, so a repeated delivery is recognisable
 * @param raw              the model's value before rounding and cap
 * @param cap              the legal maximum in force on the input's date, null when none is known
 * @param capBinds         true when the rounded value exceeds the cap
 * @param currentSeats     seats of the latest convocation, null when unknown
 * @param gap              currentSeats minus seats (negative: the council is smaller than recommended)
 */
public record RecommendationIssued(
        String recommendationId,
        String unitCode,
        Rule rule,
        Input input,
        BigDecimal raw,
        int seats,
        Integer cap,
        boolean capBinds,
        Integer currentSeats,
        Integer gap,
        Instant computedAt) implements EventPayload {

    /** Model, its parameters, rounding and whether the cap is applied. */
    public record Rule(String model, Map<String, String> parameters, String rounding, boolean capApplied) {
    }

    /** The figure the model was applied to. */
    public record Input(String universe, long value, String figureId, Provenance provenance) {
    }
}
