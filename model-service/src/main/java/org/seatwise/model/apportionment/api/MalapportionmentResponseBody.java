package org.seatwise.model.apportionment.api;

/** The answer of {@code POST /api/v1/malapportionment}. */
public record MalapportionmentResponseBody(int units, long population, long seats, IndicesBody indices) {
}
