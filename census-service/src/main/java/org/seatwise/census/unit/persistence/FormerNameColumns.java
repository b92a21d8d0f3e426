package org.seatwise.census.unit.persistence;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Row of {@code unit_former_name}, inside {@link UnitEntity}. */
@Embeddable
public class FormerNameColumns {
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "name_kk")
    public String nameKk;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
}
