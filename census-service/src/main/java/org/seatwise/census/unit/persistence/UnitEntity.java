package org.seatwise.census.unit.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * Row of the {@code unit} table; mapped to {@link org.seatwise.census.unit.AdministrativeUnit} at the
 * edge. Its collections are read with one extra query each for all the units of a query (subselect),
 * not one per unit.
 */
@Entity
@Table(name = "unit")
public class UnitEntity extends PanacheEntityBase {
    @Id
    public String code;
    public String kind;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "name_ru")
    public String nameRu;
    @Column(name = "name_kk")
    public String nameKk;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public String source;
    @Column(name = "source_date")
    public LocalDate sourceDate;
    public String citation;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "unit_alias", joinColumns = @JoinColumn(name = "unit_code"))
    @Column(name = "alias")
    public List<String> aliases = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "unit_former_name", joinColumns = @JoinColumn(name = "unit_code"))
    @OrderColumn(name = "position")
    public List<FormerNameColumns> formerNames = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "unit_census_predecessor", joinColumns = @JoinColumn(name = "unit_code"))
    @OrderColumn(name = "position")
    public List<CensusPredecessorColumns> censusPredecessors = new ArrayList<>();
}
