package org.seatwise.model.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.seatwise.model.readmodel.ReadModel;
import org.seatwise.model.readmodel.UnitInputs;
import org.seatwise.model.recommendation.persistence.RecommendationStore;
import org.seatwise.model.sizing.CapSchedule;

/**
 * {@code asOf=DATE}: what the rules give from the figures and the law in force on a day — each unit's current figure
 * among roll dates up to the day, the convocation elected by then, the cap in force that day. Computed, not looked up:
 * a figure that was never current (a roll date older than one already known) still has its answer. An answer whose
 * id was stored (ids name their inputs) keeps the time it was first computed; the others carry the time of the request.
 */
@ApplicationScoped
public class RecommendationsOnDate {

    private final ReadModel readModel;
    private final RecommendationStore store;

    public RecommendationsOnDate(ReadModel readModel, RecommendationStore store) {
        this.readModel = readModel;
        this.store = store;
    }

    /** Units with a figure by the day, by code (one unit's code, or none, when {@code unitCode} is given). */
    public List<String> units(LocalDate on, String unitCode) {
        return readModel.unitsWithRollOn(on, unitCode);
    }

    /** The recommendations of the given units on the day under each configuration, unit by unit in their order. */
    public List<Map<Configuration, Recommendation>> compute(Collection<String> unitCodes, List<Configuration> configurations,
            LocalDate on) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, CapSchedule> caps = readModel.caps();
        List<Map<Configuration, Recommendation>> all = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (UnitInputs unit : readModel.inputsOn(unitCodes, on).values()) {
            Map<Configuration, Recommendation> byRule = RecommendationCalculator.computeAll(unit, configurations,
                    CapInForce.forUnit(unit, caps, on), now);
            byRule.values().forEach(r -> ids.add(r.id()));
            if (!byRule.isEmpty()) {
                all.add(byRule);
            }
        }
        Map<UUID, Instant> stored = store.computedAt(ids);
        all.forEach(byRule -> byRule.replaceAll((c, r) -> stored.containsKey(r.id()) ? r.computedAt(stored.get(r.id())) : r));
        return all;
    }
}
