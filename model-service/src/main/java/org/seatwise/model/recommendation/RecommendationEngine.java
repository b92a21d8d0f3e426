package org.seatwise.model.recommendation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.seatwise.contracts.RecommendationIssued;
import org.seatwise.model.readmodel.ReadModel;
import org.seatwise.model.readmodel.UnitInputs;
import org.seatwise.model.recommendation.persistence.RecommendationStore;
import org.seatwise.model.sizing.CapSchedule;
import org.seatwise.platform.outbox.Outbox;
import org.seatwise.platform.outbox.OutgoingEvent;

/**
 * Keeps recommendations current: recomputes the given units under every active configuration and, where
 * a result changed, stores the new recommendation as the current one (its predecessor stays, as history)
 * and writes its {@code RecommendationIssued} event to the outbox, in the caller's transaction.
 */
@ApplicationScoped
public class RecommendationEngine {

    private final ReadModel readModel;
    private final RecommendationStore store;
    private final ActiveConfigurations configurations;
    private final Outbox outbox;

    public RecommendationEngine(ReadModel readModel, RecommendationStore store, ActiveConfigurations configurations,
            Outbox outbox) {
        this.readModel = readModel;
        this.store = store;
        this.configurations = configurations;
        this.outbox = outbox;
    }

    /** Returns how many recommendations changed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recompute(Collection<String> unitCodes) {
        if (unitCodes.isEmpty()) {
            return 0;
        }
        store.lockForRecompute(unitCodes);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL stores it, so a stored time reads back equal
        Map<String, UnitInputs> inputs = readModel.inputs(unitCodes);
        Map<String, Map<String, Outcome>> current = store.current(unitCodes);
        Map<String, CapSchedule> caps = readModel.caps();
        List<Recommendation> fresh = new ArrayList<>();
        for (UnitInputs unit : inputs.values()) {
            Integer cap = CapInForce.forUnit(unit, caps);
            RecommendationCalculator.computeAll(unit, configurations.all(), cap, now).forEach((configuration, next) -> {
                Outcome previous = current.getOrDefault(unit.unitCode(), Map.of()).get(configuration.key());
                if (next.sameResultAs(previous)) {
                    return;
                }
                fresh.add(previous == null ? next : next.following(previous));
            });
        }
        // An id names its inputs and predecessor; should it be computed again (a redelivery racing the
        // first computation, or a current row not seen), it must be published with the same bytes: the
        // stored computedAt of an id already stored (rare; looked up only then).
        Set<UUID> alreadyStored = store.append(fresh);
        if (!alreadyStored.isEmpty()) {
            Map<UUID, Instant> stored = store.computedAt(alreadyStored);
            fresh.replaceAll(r -> stored.containsKey(r.id()) ? r.computedAt(stored.get(r.id())) : r);
        }
        outbox.appendAll(fresh.stream().map(r -> new OutgoingEvent(r.id(), event(r))).toList());
        return fresh.size();
    }

    static RecommendationIssued event(Recommendation r) {
        Configuration c = r.configuration();
        return new RecommendationIssued(r.id().toString(), r.unitCode(),
                new RecommendationIssued.Rule(c.model().id(), c.model().parameters(), c.rule().rounding().id(),
                        c.rule().capApplied()),
                new RecommendationIssued.Input("VOTERS_ON_ROLL", r.input().voters(), r.input().bulletinId(),
                        r.input().provenance()),
                r.size().raw(), r.size().seats(), r.size().cap(), r.size().capBinds(), r.currentSeats(), r.gap(),
                r.computedAt());
    }
}
