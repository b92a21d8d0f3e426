package org.seatwise.model.apportionment;

/**
 * A unit that receives seats: a district, a region, a state.
 *
 * @param id         unique within one request
 * @param population whole persons (or voters); 0 is allowed and earns no seat beyond a minimum
 */
public record Unit(String id, long population) {
}
