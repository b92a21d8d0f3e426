package org.seatwise.model.recommendation;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.seatwise.model.sizing.SeatRule;
import org.seatwise.model.sizing.SeatSizeModel;

/**
 * One model with its parameters and one rule: what a recommendation is computed under. Its key is made
 * once: it names every stored recommendation and pointer, several times per unit of a 100,000-unit bulletin.
 */
public final class Configuration {

    private final SeatSizeModel model;
    private final SeatRule rule;
    private final String key;

    public Configuration(SeatSizeModel model, SeatRule rule) {
        this.model = model;
        this.rule = rule;
        Map<String, String> params = new TreeMap<>(model.parameters());
        String p = params.isEmpty() ? "" : params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        this.key = model.id() + p + "/" + rule.rounding().id() + "/" + (rule.capApplied() ? "capped" : "uncapped");
    }

    public SeatSizeModel model() {
        return model;
    }

    public SeatRule rule() {
        return rule;
    }

    /** A stable text key, e.g. {@code cube-root/nearest/uncapped} or {@code power-law{a=0.5,b=0.4}/floor/capped}. */
    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Configuration c && model.equals(c.model) && rule.equals(c.rule);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, rule);
    }

    @Override
    public String toString() {
        return "Configuration[" + key + "]";
    }
}
