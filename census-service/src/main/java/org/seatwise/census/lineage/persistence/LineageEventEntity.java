package org.seatwise.census.lineage.persistence;

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

/** Row of {@code lineage_event}; mapped to {@link org.seatwise.census.lineage.LineageEvent} at the edge. */
@Entity
@Table(name = "lineage_event")
public class LineageEventEntity extends PanacheEntityBase {
    @Id
    public String id;
    public String kind;
    @Column(name = "effective_date")
    public LocalDate effectiveDate;
    @Column(name = "date_precision")
    public String datePrecision;
    @Column(name = "previous_name_en")
    public String previousNameEn;
    @Column(name = "previous_name_ru")
    public String previousNameRu;
    @Column(name = "previous_name_kk")
    public String previousNameKk;
    @Column(name = "legal_act")
    public String legalAct;
    public String note;
    public String certainty;
    public String source;
    @Column(name = "source_date")
    public LocalDate sourceDate;
    public String citation;
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "lineage_event_from", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code")
    public List<String> fromUnits = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "lineage_event_to", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    @Column(name = "unit_code")
    public List<String> toUnits = new ArrayList<>();
}
