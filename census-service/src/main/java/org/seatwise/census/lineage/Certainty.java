package org.seatwise.census.lineage;

/** How well a lineage event's date and act are established. */
public enum Certainty {
    /** Read in the act's text or in the issuing body's own publication. */
    VERIFIED,
    /** Agreed by press or encyclopaedic sources that quote or describe the act; the act itself not read. */
    SECONDARY,
    /** Date or act not established; recorded because the study relies on the change. */
    UNCERTAIN
}
