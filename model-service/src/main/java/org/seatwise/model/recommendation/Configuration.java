package org.seatwise.model.recommendation;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.seatwise.model.sizing.SeatRule;
import org.seatwise.model.sizing.SeatSizeModel;

/** One model with its parameters and one rule: what a recommendation is computed under. */
public record Configuration(SeatSizeModel model, SeatRule rule) {

    /** A stable text key, e.g. {@code cube-root/nearest/uncapped} or {@code power-law{a=0.5,b=0.4}/floor/capped}. */
    public String key() {
        Map<String, String> params = new TreeMap<>(model.parameters());
        String p = params.isEmpty() ? "" : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        return model.id() + p + "/" + rule.rounding().id() + "/" + (rule.capApplied() ? "capped" : "uncapped");
    }
}
