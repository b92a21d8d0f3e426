package org.seatwise.census.lineage.persistence;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.census.lineage.Certainty;
import org.seatwise.census.lineage.DatePrecision;
import org.seatwise.census.lineage.LineageEvent;
import org.seatwise.census.lineage.LineageGraph;
import org.seatwise.census.lineage.LineageKind;
import org.seatwise.census.unit.UnitNames;
import org.seatwise.contracts.Provenance;

/** Stores and reads lineage events; the only class that knows {@link LineageEventEntity}. */
@ApplicationScoped
public class LineageRepository {

    public Optional<LineageEvent> find(String id) {
        return LineageEventEntity.<LineageEventEntity>findByIdOptional(id).map(LineageRepository::toDomain);
    }

    /** Every recorded event as a graph (a country's history is a few hundred events at most). */
    public LineageGraph graph() {
        return LineageGraph.of(LineageEventEntity.<LineageEventEntity>listAll().stream()
                .map(LineageRepository::toDomain).toList());
    }

    public void save(LineageEvent event) {
        LineageEventEntity e = LineageEventEntity.<LineageEventEntity>findByIdOptional(event.id())
                .orElseGet(LineageEventEntity::new);
        e.id = event.id();
        e.kind = event.kind().name();
        e.effectiveDate = event.date();
        e.datePrecision = event.precision().name();
        UnitNames previous = event.previousNames();
        e.previousNameEn = previous == null ? null : previous.en();
        e.previousNameRu = previous == null ? null : previous.ru();
        e.previousNameKk = previous == null ? null : previous.kk();
        e.legalAct = event.act();
        e.note = event.note();
        e.certainty = event.certainty().name();
        e.source = event.provenance().source();
        e.sourceDate = event.provenance().date();
        e.citation = event.provenance().citation();
        e.fromUnits.clear();
        e.fromUnits.addAll(event.from());
        e.toUnits.clear();
        e.toUnits.addAll(event.to());
        e.persist();
    }

    static LineageEvent toDomain(LineageEventEntity e) {
        UnitNames previous = e.previousNameEn == null ? null : new UnitNames(e.previousNameKk, e.previousNameRu, e.previousNameEn);
        return new LineageEvent(e.id, LineageKind.valueOf(e.kind), e.effectiveDate, DatePrecision.valueOf(e.datePrecision),
                List.copyOf(e.fromUnits), List.copyOf(e.toUnits), previous, e.legalAct, e.note,
                Certainty.valueOf(e.certainty), new Provenance(e.source, e.sourceDate, e.citation));
    }
}
