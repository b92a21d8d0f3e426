package org.seatwise.model.apportionment;

/**
 * Where a unit's population per seat stands against the Venice Commission's Code of Good Practice
 * in Electoral Matters (CDL-AD(2002)023rev, guideline I.2.2.iv): "The permissible departure from the
 * norm should not be more than 10 %, and should certainly not exceed 15 % except in special
 * circumstances".
 */
public enum VeniceTolerance {
    /** Within 10 % of the ideal population per seat (10 % itself included). */
    WITHIN_TOLERANCE,
    /** More than 10 % and at most 15 % away. */
    BEYOND_TOLERANCE,
    /** More than 15 % away, or people without any seat. */
    BEYOND_OUTER_LIMIT,
    /** Nobody and no seat: nothing to measure. */
    NOT_APPLICABLE
}
