package org.seatwise.model.scenario.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.model.readmodel.ReadModel;
import org.seatwise.model.readmodel.UnitInputs;
import org.seatwise.model.recommendation.Configuration;
import org.seatwise.model.scenario.Scenario;
import org.seatwise.model.sizing.ModelCatalogue;
import org.seatwise.model.sizing.Rounding;
import org.seatwise.model.sizing.SeatRule;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

/** What-if computations over every unit model-service knows; nothing is stored. */
@Path("/api/v1/scenarios")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScenarioResource {

    /** One input to replace: a unit's voters. A unit not known yet is added to the scenario. */
    public record InputOverride(String unitCode, Long voters) {
    }

    /**
     * @param capApplied  whether the cap (the law's, or capOverride) limits the seats; defaults to true when capOverride is given
     * @param capOverride one cap for every unit instead of the law's
     */
    public record ScenarioRequest(String model, Map<String, String> parameters, String rounding, Boolean capApplied,
            Integer capOverride, Integer minimum, List<InputOverride> inputs) {
    }

    public record RuleView(String model, Map<String, String> parameters, String rounding, boolean capApplied,
            Integer capOverride, int minimum, String description) {
    }

    public record RowView(String unitCode, long voters, boolean overridden, String inputSource, String inputDate,
            BigDecimal raw, int rounded, int seats, Integer cap, boolean capBinds, Integer currentSeats, Integer gap) {
    }

    public record ScenarioResponse(RuleView rule, Scenario.Totals totals, List<RowView> units, String note) {
    }

    private final ReadModel readModel;
    private final ModelCatalogue catalogue;

    public ScenarioResource(ReadModel readModel, ModelCatalogue catalogue) {
        this.readModel = readModel;
        this.catalogue = catalogue;
    }

    @POST
    public ScenarioResponse compute(ScenarioRequest request) {
        if (request == null) {
            throw new ProblemException(Problem.invalid("The body is empty.", List.of(Problem.FieldError.field("body", "required"))));
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Rounding rounding = Rounding.NEAREST;
        if (request.rounding() != null) {
            try {
                rounding = Rounding.parse(request.rounding());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(null, "rounding", request.rounding(), e.getMessage()));
            }
        }
        if (request.capOverride() != null && request.capOverride() < 1) {
            errors.add(new Problem.FieldError(null, "capOverride", String.valueOf(request.capOverride()), "a cap is at least 1 seat"));
        }
        int minimum = request.minimum() == null ? 1 : request.minimum();
        if (minimum < 0) {
            errors.add(new Problem.FieldError(null, "minimum", String.valueOf(minimum), "must not be negative"));
        }
        Map<String, Long> overrides = new LinkedHashMap<>();
        List<InputOverride> inputs = request.inputs() == null ? List.of() : request.inputs();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            InputOverride in = inputs.get(i);
            if (in == null || in.unitCode() == null || in.unitCode().isBlank()) {
                errors.add(new Problem.FieldError(i + 1, "inputs.unitCode", null, "missing unit code"));
            } else if (!seen.add(in.unitCode())) {
                errors.add(new Problem.FieldError(i + 1, "inputs.unitCode", in.unitCode(), "duplicate unit"));
            } else if (in.voters() == null || in.voters() < 0) {
                errors.add(new Problem.FieldError(i + 1, "inputs.voters", String.valueOf(in.voters()), "voters must be 0 or more"));
            } else {
                overrides.put(in.unitCode(), in.voters());
            }
        }
        Configuration configuration = null;
        try {
            configuration = new Configuration(catalogue.build(request.model() == null ? "cube-root" : request.model(),
                    request.parameters()), new SeatRule(rounding,
                            request.capApplied() != null ? request.capApplied() : request.capOverride() != null, Math.max(0, minimum)));
        } catch (org.seatwise.model.sizing.InvalidModelConfiguration e) {
            e.errors().forEach(err -> errors.add(new Problem.FieldError(null, err.field(), err.value(), err.reason())));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("The scenario has " + errors.size() + " error(s).", errors));
        }
        Set<String> codes = new LinkedHashSet<>(readModel.unitsWithRoll());
        codes.addAll(overrides.keySet());
        Map<String, UnitInputs> inputsByUnit = readModel.inputs(codes);
        List<UnitInputs> units = codes.stream().map(inputsByUnit::get).toList();
        Scenario.Outcome outcome = new Scenario(configuration, request.capOverride(), overrides).apply(units, readModel.caps());
        List<RowView> rows = outcome.rows().stream().map(r -> {
            UnitInputs u = inputsByUnit.get(r.unitCode());
            boolean official = !r.overridden() && u.latestRoll() != null;
            return new RowView(r.unitCode(), r.voters(), r.overridden(),
                    official ? u.latestRoll().provenance().source() : "scenario input",
                    official ? u.latestRoll().rollDate().toString() : null,
                    r.size().raw().setScale(6, RoundingMode.HALF_EVEN), r.size().rounded(), r.size().seats(), r.size().cap(),
                    r.size().capBinds(), r.currentSeats(), r.gap());
        }).toList();
        Configuration c = configuration;
        String description = c.model().id() + " of voters on the roll, rounded " + c.rule().rounding().id()
                + (request.capOverride() != null ? ", every council capped at " + request.capOverride()
                        : c.rule().capApplied() ? ", legal cap in force applied" : ", legal cap not applied");
        return new ScenarioResponse(new RuleView(c.model().id(), c.model().parameters(), c.rule().rounding().id(),
                c.rule().capApplied(), request.capOverride(), c.rule().minimum(), description), outcome.totals(), rows,
                "A scenario: computed on request from model-service's read model and the inputs given; nothing is stored.");
    }
}
