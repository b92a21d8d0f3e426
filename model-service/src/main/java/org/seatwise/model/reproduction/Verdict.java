package org.seatwise.model.reproduction;

/** How a printed value compares with the recomputation. */
public enum Verdict {
    /** The column's reference rule gives the printed value. */
    REPRODUCED,
    /** The reference rule gives another value; another candidate rule gives the printed one. */
    OTHER_RULE,
    /** No candidate rule gives the printed value; the closest is named. */
    UNEXPLAINED,
    /** The study prints no value here. */
    NOT_PRINTED
}
