package org.seatwise.model.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.seatwise.model.sizing.CubeRootLaw;
import org.seatwise.model.sizing.Rounding;
import org.seatwise.model.sizing.SeatRule;

/**
 * The configurations every unit is kept current under, from {@code seatwise.recommendations.configurations}
 * (entries {@code model/rounding/capped|uncapped}); the first is the default one the API shows.
 */
@ApplicationScoped
public class ActiveConfigurations {

    private final List<Configuration> configurations;

    public ActiveConfigurations(@ConfigProperty(name = "seatwise.recommendations.configurations") List<String> entries) {
        List<Configuration> parsed = new ArrayList<>();
        for (String entry : entries) {
            String[] parts = entry.trim().split("/");
            if (parts.length != 3 || !parts[0].equals(CubeRootLaw.ID)
                    || !(parts[2].equals("capped") || parts[2].equals("uncapped"))) {
                throw new IllegalArgumentException("seatwise.recommendations.configurations: cannot read '" + entry
                        + "'; expected cube-root/<rounding>/<capped|uncapped>");
            }
            parsed.add(new Configuration(new CubeRootLaw(), new SeatRule(Rounding.parse(parts[1]), parts[2].equals("capped"), 1)));
        }
        this.configurations = List.copyOf(parsed);
    }

    public List<Configuration> all() {
        return configurations;
    }

    public Configuration primary() {
        return configurations.get(0);
    }

    public Optional<Configuration> find(String model, String rounding, boolean capped) {
        return configurations.stream().filter(c -> c.model().id().equals(model)
                && c.rule().rounding().id().equals(rounding) && c.rule().capApplied() == capped).findFirst();
    }
}
