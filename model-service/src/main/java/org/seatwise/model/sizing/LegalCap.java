package org.seatwise.model.sizing;

import java.time.LocalDate;

/**
 * The most seats a law allows a council of a kind of unit, from the date the law applied.
 *
 * @param unitKind     {@code OBLAST}, {@code CITY_REPUBLICAN}, {@code CAPITAL}, {@code CITY}, {@code DISTRICT}
 * @param maxSeats     the cap
 * @param inForceFrom  the first day the law applied
 * @param legalAct     the law and article that set it
 */
public record LegalCap(String unitKind, int maxSeats, LocalDate inForceFrom, String legalAct) {
}
