package org.seatwise.model.sizing;

/**
 * What turns a model's raw value into a recommended seat count: the rounding, whether the legal
 * cap is applied (otherwise only reported), and a floor of seats.
 *
 * @param minimum at least this many seats (1 when the caller names none)
 */
public record SeatRule(Rounding rounding, boolean capApplied, int minimum) {

    public SeatRule {
        if (minimum < 0) {
            throw new IllegalArgumentException("minimum must not be negative");
        }
    }

    /** The study's rule: nearest rounding, cap not applied. */
    public static SeatRule study() {
        return new SeatRule(Rounding.NEAREST, false, 1);
    }

    /**
     * Applies the rule to a model's value for a population.
     *
     * @param cap the legal maximum in force, or null when none is known
     */
    public SeatSize apply(SeatSizeModel model, long population, Integer cap) {
        return apply(model.raw(population), cap);
    }

    /** Applies the rule to a model's value already computed (several rules of one model share it). */
    public SeatSize apply(java.math.BigDecimal raw, Integer cap) {
        int rounded = Math.max(minimum, rounding.apply(raw));
        boolean exceeds = cap != null && rounded > cap;
        int seats = exceeds && capApplied ? cap : rounded;
        return new SeatSize(raw, rounded, cap, exceeds, seats);
    }
}
