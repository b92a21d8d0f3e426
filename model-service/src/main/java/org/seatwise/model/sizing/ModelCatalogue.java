package org.seatwise.model.sizing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every seat-size model seatwise publishes, with its formula, parameters and citations, and the one
 * place that turns (model id, parameters as text) into a configured model. Building collects every
 * problem with a configuration before refusing it.
 */
public final class ModelCatalogue {

    private static final String TAAGEPERA_1972 =
            "Rein Taagepera, \"The size of national assemblies\", Social Science Research 1 (1972) 385–401";
    private static final String STUDY_2025 =
            "\"Relevance of maslikhat expansion in the context of improving local governance\" (2025): the cube root "
                    + "law applied to Kazakhstan's regional councils with P = voters on the roll";
    private static final String AURIOL_GARY_BOBO = "Emmanuelle Auriol and Robert J. Gary-Bobo, \"On the optimal number "
            + "of representatives\", Public Choice 153 (2012) 419–445: a square-root law derived, an exponent near 0.4 "
            + "fitted on about a hundred countries";
    private static final String MARGARITONDO = "Giorgio Margaritondo, \"Size of national assemblies: the classic "
            + "derivation of the cube-root law is conceptually flawed\", Frontiers in Physics 8 (2021) 614596";

    private static final ParameterSpec UNIVERSE = new ParameterSpec("universe", PopulationUniverse.VOTERS.id(), false,
            "which population P is: one of " + PopulationUniverse.ids()
                    + " (the model is fed that figure; voters on the roll is the study's choice)");

    private static final ModelCatalogue STANDARD = new ModelCatalogue(List.of(
            new ModelDescriptor(CubeRootLaw.ID, "Cube root law", CubeRootLaw.FORMULA,
                    "The size of a representative assembly is the cube root of the population it represents. The "
                            + "2025 maslikhat study's model, with P = voters on the roll.",
                    List.of(TAAGEPERA_1972, STUDY_2025), List.of(UNIVERSE)),
            new ModelDescriptor(TaageperaLiterate.ID, "Cube root law on the literate adult population",
                    TaageperaLiterate.FORMULA,
                    "Taagepera's 1972 form: the cube root of twice the literate adult population P_a, given as a "
                            + "share of P. The default share 1 takes P as already counting literate adults; set the share when P "
                            + "is, say, the total population.",
                    List.of(TAAGEPERA_1972),
                    List.of(new ParameterSpec("literateAdultShare", "1", false,
                            "the share of P that is literate and adult, a decimal in (0, 1]"), UNIVERSE)),
            new ModelDescriptor(PowerLaw.ID, "Power law", PowerLaw.FORMULA,
                    "A general power law: b = 1/3 is the cube root law, b = 1/2 the square-root law of Auriol and "
                            + "Gary-Bobo, whose fit on national assemblies gives b near 0.4; Margaritondo finds national "
                            + "data fit exponents above 1/3 better.",
                    List.of(TAAGEPERA_1972, AURIOL_GARY_BOBO, MARGARITONDO),
                    List.of(new ParameterSpec("a", "1", false, "the coefficient a, a decimal > 0"),
                            new ParameterSpec("b", null, true, "the exponent b, a decimal in (0, 1], e.g. 0.5 or 0.4"),
                            UNIVERSE)),
            new ModelDescriptor(LegislatedScale.ID, "Legislated scale", LegislatedScale.FORMULA,
                    "A council size set by law by population bracket (inhabitants): France's municipal councils "
                            + "(7 to 69 seats; Paris 163, Marseille 101, Lyon 73 fixed outside the table), Poland's "
                            + "gmina councils (15 to 45 seats), or a table the caller gives. The value is a whole number.",
                    List.of("France, Code général des collectivités territoriales, article L2121-2; law no. 82-1169 of "
                            + "31 December 1982 (Paris, Marseille, Lyon)",
                            "Poland, Act of 8 March 1990 on municipal self-government, article 17"),
                    List.of(new ParameterSpec("scale", null, true,
                                    "one of " + LegislatedScales.ids() + ", " + LegislatedScale.CUSTOM),
                            new ParameterSpec("brackets", null, false,
                                    "for scale custom only (and then required): minPopulation:seats pairs, comma "
                                            + "separated, ascending, the first from 0, seats positive, e.g. 0:7,100:11,500:15"),
                            new ParameterSpec("unit", null, false,
                                    "the unit's name or code, so that a fixed size the law gives it applies (e.g. Paris)")))));

    private final List<ModelDescriptor> models;

    private ModelCatalogue(List<ModelDescriptor> models) {
        this.models = List.copyOf(models);
    }

    public static ModelCatalogue standard() {
        return STANDARD;
    }

    public List<ModelDescriptor> models() {
        return models;
    }

    public Optional<ModelDescriptor> describe(String id) {
        return models.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /**
     * Builds a configured model.
     *
     * @param parameters as the caller gave them, by name; missing ones take their default
     * @throws InvalidModelConfiguration naming every unknown model, unknown parameter, missing required
     *                                   parameter and bad value
     */
    public SeatSizeModel build(String id, Map<String, String> parameters) {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        Optional<ModelDescriptor> descriptor = id == null ? Optional.empty() : describe(id.trim());
        if (descriptor.isEmpty()) {
            throw new InvalidModelConfiguration(List.of(new ConfigurationError("model", id,
                    "unknown model; one of " + models.stream().map(ModelDescriptor::id).collect(Collectors.joining(", ")))));
        }
        ModelDescriptor d = descriptor.get();
        Reader r = new Reader(d, given);
        Set<String> known = d.parameters().stream().map(ParameterSpec::name).collect(Collectors.toSet());
        for (String name : new TreeSet<>(given.keySet())) {
            if (!known.contains(name)) {
                r.errors.add(new ConfigurationError("parameters." + name, given.get(name), "not a parameter of " + d.id()
                        + "; its parameters are " + String.join(", ", new TreeSet<>(known))));
            }
        }
        SeatSizeModel model = switch (d.id()) {
            case CubeRootLaw.ID -> {
                PopulationUniverse u = r.universe();
                yield r.ok() ? new CubeRootLaw(u) : null;
            }
            case TaageperaLiterate.ID -> {
                BigDecimal share = r.decimal("literateAdultShare", v -> v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0,
                        "must be a decimal in (0, 1]");
                PopulationUniverse u = r.universe();
                yield r.ok() ? new TaageperaLiterate(share, u) : null;
            }
            case PowerLaw.ID -> {
                BigDecimal a = r.decimal("a", v -> v.signum() > 0, "must be a decimal > 0");
                BigDecimal b = r.decimal("b", v -> v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0,
                        "must be a decimal in (0, 1]");
                PopulationUniverse u = r.universe();
                yield r.ok() ? new PowerLaw(a, b, u) : null;
            }
            case LegislatedScale.ID -> legislated(r, given);
            default -> throw new IllegalStateException("catalogue lists " + d.id() + " but cannot build it");
        };
        if (!r.ok()) {
            throw new InvalidModelConfiguration(r.errors);
        }
        return model;
    }

    private static LegislatedScale legislated(Reader r, Map<String, String> given) {
        String scale = r.text("scale");
        String brackets = given.get("brackets");
        String unit = given.get("unit");
        if (scale == null) {
            return null;
        }
        if (LegislatedScale.CUSTOM.equals(scale)) {
            if (brackets == null) {
                r.errors.add(new ConfigurationError("parameters.brackets", null,
                        "a custom scale needs its brackets, e.g. 0:7,100:11,500:15"));
                return null;
            }
            BracketTable.Checked checked = BracketTable.parse("parameters.brackets", brackets);
            r.errors.addAll(checked.errors());
            return r.ok() ? LegislatedScale.custom(checked.brackets()).forUnit(unit) : null;
        }
        Optional<LegislatedScale> builtIn = LegislatedScales.byId(scale);
        if (builtIn.isEmpty()) {
            r.errors.add(new ConfigurationError("parameters.scale", scale,
                    "unknown scale; one of " + LegislatedScales.ids() + ", " + LegislatedScale.CUSTOM));
        }
        if (brackets != null) {
            r.errors.add(new ConfigurationError("parameters.brackets", brackets,
                    "brackets are given only with scale custom; " + scale + " has its own"));
        }
        return r.ok() ? builtIn.get().forUnit(unit) : null;
    }

    /** Reads one configuration's values, collecting errors instead of stopping at the first. */
    private static final class Reader {
        private final Map<String, ParameterSpec> specs = new HashMap<>();
        private final Map<String, String> given;
        private final List<ConfigurationError> errors = new ArrayList<>();

        Reader(ModelDescriptor d, Map<String, String> given) {
            d.parameters().forEach(p -> specs.put(p.name(), p));
            this.given = given;
        }

        boolean ok() {
            return errors.isEmpty();
        }

        String text(String name) {
            String v = given.get(name);
            if (v == null || v.isBlank()) {
                ParameterSpec spec = specs.get(name);
                if (spec.required()) {
                    errors.add(new ConfigurationError("parameters." + name, v, "required: " + spec.meaning()));
                    return null;
                }
                return spec.defaultValue();
            }
            return v.trim();
        }

        BigDecimal decimal(String name, java.util.function.Predicate<BigDecimal> valid, String rule) {
            String v = text(name);
            if (v == null) {
                return null;
            }
            try {
                BigDecimal d = new BigDecimal(v);
                if (!valid.test(d)) {
                    errors.add(new ConfigurationError("parameters." + name, v, rule));
                    return null;
                }
                return d;
            } catch (NumberFormatException e) {
                errors.add(new ConfigurationError("parameters." + name, v, "not a decimal number; " + rule));
                return null;
            }
        }

        PopulationUniverse universe() {
            String v = text("universe");
            Optional<PopulationUniverse> u = PopulationUniverse.parse(v);
            if (u.isEmpty()) {
                errors.add(new ConfigurationError("parameters.universe", v, "one of " + PopulationUniverse.ids()));
                return null;
            }
            return u.get();
        }
    }
}
