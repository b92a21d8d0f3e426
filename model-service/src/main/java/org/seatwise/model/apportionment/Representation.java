package org.seatwise.model.apportionment;

/** A unit as it is represented today: its population and the seats it holds. */
public record Representation(String id, long population, int seats) {
}
