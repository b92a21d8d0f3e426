package org.seatwise.model.recommendation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.seatwise.model.sizing.ModelCatalogue;
import org.seatwise.model.sizing.Rounding;
import org.seatwise.model.sizing.SeatRule;

/**
 * The configurations every unit is kept current under, from {@code seatwise.recommendations.configurations}:
 * entries {@code model[{name=value;…}]/rounding/capped|uncapped}, e.g. {@code cube-root/nearest/uncapped}
 * or {@code power-law{a=1;b=0.4}/nearest/uncapped}. The first is the default the API shows.
 */
@ApplicationScoped
public class ActiveConfigurations {

    private final List<Configuration> configurations;

    public ActiveConfigurations(@ConfigProperty(name = "seatwise.recommendations.configurations") List<String> entries,
            ModelCatalogue catalogue) {
        List<Configuration> parsed = new ArrayList<>();
        for (String entry : entries) {
            parsed.add(parse(entry.trim(), catalogue));
        }
        this.configurations = List.copyOf(parsed);
    }

    static Configuration parse(String entry, ModelCatalogue catalogue) {
        String[] parts = entry.split("/");
        if (parts.length != 3 || !(parts[2].equals("capped") || parts[2].equals("uncapped"))) {
            throw new IllegalArgumentException("seatwise.recommendations.configurations: cannot read '" + entry
                    + "'; expected model[{name=value;…}]/<rounding>/<capped|uncapped>");
        }
        String model = parts[0];
        Map<String, String> parameters = new LinkedHashMap<>();
        int brace = model.indexOf('{');
        if (brace >= 0) {
            for (String pair : model.substring(brace + 1, model.lastIndexOf('}')).split(";")) {
                String[] kv = pair.split("=", 2);
                parameters.put(kv[0].trim(), kv.length > 1 ? kv[1].trim() : "");
            }
            model = model.substring(0, brace);
        }
        return new Configuration(catalogue.build(model, parameters),
                new SeatRule(Rounding.parse(parts[1]), parts[2].equals("capped"), 1));
    }

    public List<Configuration> all() {
        return configurations;
    }

    public Configuration primary() {
        return configurations.get(0);
    }

    /** The first active configuration of this model with this rounding and cap choice. */
    public Optional<Configuration> find(String model, String rounding, boolean capped) {
        return configurations.stream().filter(c -> c.model().id().equals(model)
                && c.rule().rounding().id().equals(rounding) && c.rule().capApplied() == capped).findFirst();
    }
}
