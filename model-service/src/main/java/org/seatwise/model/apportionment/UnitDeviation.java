package org.seatwise.model.apportionment;

/**
 * How far one unit is from equal representation.
 *
 * @param populationPerSeat population / seats; null when the unit has no seat
 * @param deviationPercent  (population per seat − ideal) / ideal × 100, positive when under-represented;
 *                          null when the unit has no seat
 * @param venice            its standing against the Venice Commission limits (decided exactly)
 */
public record UnitDeviation(String id, long population, int seats, Double populationPerSeat,
        Double deviationPercent, VeniceTolerance venice) {
}
