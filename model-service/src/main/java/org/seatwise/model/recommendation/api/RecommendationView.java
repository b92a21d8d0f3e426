package org.seatwise.model.recommendation.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.seatwise.contracts.Provenance;
import org.seatwise.model.recommendation.Configuration;
import org.seatwise.model.recommendation.Recommendation;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A recommendation as the API shows it: the answer (seats), the rule that made it, the input and
 * its provenance, the cap and the council's current size.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecommendationView(String recommendationId, String unitCode, int seats, BigDecimal raw, int rounded,
        Rule rule, Input input, Integer cap, boolean capBinds, Integer currentSeats, Integer gap, Instant computedAt,
        Instant supersededAt, List<RecommendationView> otherRules) {

    public record Rule(String model, Map<String, String> parameters, String rounding, boolean capApplied, String description) {
    }

    public record Input(String universe, long value, String bulletinId, Provenance provenance) {
    }

    static RecommendationView of(Recommendation r, Instant supersededAt) {
        Configuration c = r.configuration();
        String description = c.model().id() + " of voters on the roll, rounded " + c.rule().rounding().id()
                + (c.rule().capApplied() ? ", legal cap applied" : ", legal cap not applied");
        return new RecommendationView(r.id().toString(), r.unitCode(), r.size().seats(),
                r.size().raw().setScale(6, RoundingMode.HALF_EVEN), r.size().rounded(),
                new Rule(c.model().id(), c.model().parameters(), c.rule().rounding().id(), c.rule().capApplied(), description),
                new Input("VOTERS_ON_ROLL", r.input().voters(), r.input().bulletinId(), r.input().provenance()),
                r.size().cap(), r.size().capBinds(), r.currentSeats(), r.gap(), r.computedAt(), supersededAt, null);
    }

    RecommendationView withOtherRules(List<RecommendationView> others) {
        return new RecommendationView(recommendationId, unitCode, seats, raw, rounded, rule, input, cap, capBinds,
                currentSeats, gap, computedAt, supersededAt, others);
    }
}
