package org.seatwise.model.readmodel;

/**
 * Everything model-service knows about one unit that a recommendation depends on.
 *
 * @param kind          null until census-service has announced the unit
 * @param latestRoll    the current roll figure (latest roll date, then accepted last by election-service), null if none
 * @param currentSeats  seats of the latest recorded convocation, null if none
 */
public record UnitInputs(String unitCode, String kind, RollFigure latestRoll, Integer currentSeats) {
}
