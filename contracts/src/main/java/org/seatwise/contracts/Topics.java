package org.seatwise.contracts;

/** Kafka topics; each record's key is the unit code so that one unit's events stay in order. */
public final class Topics {
    public static final String CENSUS = "seatwise.census.v1";
    public static final String ELECTION = "seatwise.election.v1";
    public static final String RECOMMENDATIONS = "seatwise.recommendations.v1";

    private Topics() {
    }
}
