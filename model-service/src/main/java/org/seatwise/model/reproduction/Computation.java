package org.seatwise.model.reproduction;

import java.math.BigDecimal;

/**
 * What a rule computes for one row.
 *
 * @param exact   the value before it is made a whole number (34 significant digits)
 * @param value   the whole number the rule prints
 * @param working the arithmetic, written out so that a reader can check it by hand
 */
public record Computation(BigDecimal exact, int value, String working) {
}
