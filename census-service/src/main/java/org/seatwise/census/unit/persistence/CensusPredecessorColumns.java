package org.seatwise.census.unit.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Row of {@code unit_census_predecessor}, inside {@link UnitEntity}. */
@Embeddable
public class CensusPredecessorColumns {
    public String census;
    @Column(name = "described_as")
    public String describedAs;
    @Column(name = "predecessor_code")
    public String predecessorCode;
    public String note;
}
