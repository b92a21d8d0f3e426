package org.seatwise.model.apportionment.api;

import java.math.BigDecimal;
import java.util.List;

/** {@code POST /api/v1/malapportionment}: an existing distribution of seats. */
public record MalapportionmentRequestBody(List<RepresentationBody> units) {

    /** A unit with its population and the seats it holds. */
    public record RepresentationBody(String id, BigDecimal population, BigDecimal seats) {
    }
}
