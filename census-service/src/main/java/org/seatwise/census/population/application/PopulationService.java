package org.seatwise.census.population.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.seatwise.census.lineage.LineageGraph;
import org.seatwise.census.lineage.persistence.LineageRepository;
import org.seatwise.census.population.Comparability;
import org.seatwise.census.population.DraftUpload;
import org.seatwise.census.population.FigureKey;
import org.seatwise.census.population.PopulationFigure;
import org.seatwise.census.population.PopulationValidator;
import org.seatwise.census.population.Universe;
import org.seatwise.census.population.persistence.FigureStore;
import org.seatwise.census.unit.AdministrativeUnit;
import org.seatwise.census.unit.persistence.UnitRepository;
import org.seatwise.contracts.PopulationRecorded;
import org.seatwise.contracts.Provenance;
import org.seatwise.platform.outbox.Outbox;
import org.seatwise.platform.outbox.OutgoingEvent;

/**
 * Accepts uploads of population figures: validates the whole upload, then stores the new figures and
 * one {@code PopulationRecorded} per new figure in one transaction. Figures already recorded
 * identically are skipped, so the same upload twice changes nothing and announces nothing.
 */
@ApplicationScoped
public class PopulationService {

    /** What an upload did. */
    public sealed interface Result permits Accepted, Rejected {
    }

    /**
     * @param stored          figures new in this upload
     * @param alreadyRecorded figures the same source had given identically before
     */
    public record Accepted(String source, int received, int stored, int alreadyRecorded) implements Result {
    }

    public record Rejected(List<org.seatwise.census.population.RowError> errors) implements Result {
    }

    /** A unit's figures with the comparability of every pair of dates. */
    public record Series(AdministrativeUnit unit, Universe universe, List<PopulationFigure> figures,
            List<Comparability.Comparison> comparisons) {
    }

    private final UnitRepository units;
    private final LineageRepository lineage;
    private final FigureStore figures;
    private final Outbox outbox;
    private final Clock clock = Clock.systemUTC();

    public PopulationService(UnitRepository units, LineageRepository lineage, FigureStore figures, Outbox outbox) {
        this.units = units;
        this.lineage = lineage;
        this.figures = figures;
        this.outbox = outbox;
    }

    @Transactional
    public Result submit(DraftUpload upload) {
        Map<String, AdministrativeUnit> known = units.byCodeAndAlias();
        Map<FigureKey, PopulationFigure> recorded = upload.source() == null ? Map.of()
                : figures.bySource(upload.source().trim());
        PopulationValidator validator = new PopulationValidator(code -> Optional.ofNullable(known.get(code)),
                key -> Optional.ofNullable(recorded.get(key)), LocalDate.now(clock));
        PopulationValidator.Outcome outcome = validator.validate(upload);
        if (outcome instanceof PopulationValidator.Invalid invalid) {
            return new Rejected(invalid.errors());
        }
        PopulationValidator.Valid valid = (PopulationValidator.Valid) outcome;
        List<PopulationFigure> inserted = figures.insertNew(valid.newOnes());
        outbox.appendAll(inserted.stream().map(PopulationService::announcement).toList());
        return new Accepted(valid.source(), valid.figures().size(), inserted.size(),
                valid.figures().size() - inserted.size());
    }

    /** The unit (by code or alias) and its figures, of one universe or all. */
    @Transactional
    public Optional<Series> series(String code, Universe universe) {
        return units.findByCodeOrAlias(code).map(unit -> {
            List<PopulationFigure> found = figures.forUnit(unit.code(), universe);
            LineageGraph graph = lineage.graph();
            return new Series(unit, universe, found, Comparability.of(unit.code(), found, graph));
        });
    }

    static OutgoingEvent announcement(PopulationFigure f) {
        return OutgoingEvent.withStableId("population-recorded/" + f.id(), new PopulationRecorded(f.id().toString(),
                f.unitCode(), f.date(), f.universe().name(), f.value(),
                new Provenance(f.source(), f.date(), f.citationWithCaveats())));
    }
}
