package org.seatwise.model.sizing;

import java.math.BigDecimal;

/**
 * A model's answer for one population under one rule.
 *
 * @param raw       the model's value before rounding
 * @param rounded   after rounding and the minimum, before the cap
 * @param cap       the legal maximum considered, null when none
 * @param capBinds  whether {@code rounded} exceeds the cap
 * @param seats     the recommendation: {@code rounded}, or the cap where it binds and is applied
 */
public record SeatSize(BigDecimal raw, int rounded, Integer cap, boolean capBinds, int seats) {
}
