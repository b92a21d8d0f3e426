package org.seatwise.model.apportionment.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.contracts.Provenance;
import org.seatwise.model.readmodel.PopulationFigure;
import org.seatwise.model.readmodel.ReadModel;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

/**
 * How a council's seats would fall among the unit's districts and cities: the latest population
 * figure of each child unit in model-service's read model, shared by the chosen method.
 */
@Path("/api/v1/councils/{unitCode}/apportionment")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilApportionmentResource {

    /** The apportionment, and which figure each sub-unit's population came from. */
    public record CouncilApportionment(String unitCode, String universe, List<Input> inputs,
            ApportionmentResponseBody apportionment) {
    }

    public record Input(String unitCode, long population, String figureId, Provenance provenance) {
    }

    private final ReadModel readModel;
    private final ApportionmentResource apportionments;

    public CouncilApportionmentResource(ReadModel readModel, ApportionmentResource apportionments) {
        this.readModel = readModel;
        this.apportionments = apportionments;
    }

    /**
     * @param seats    seats to share; the council's current seats when not given
     * @param universe which population figures to use (TOTAL_POPULATION by default)
     */
    @POST
    public CouncilApportionment apportion(@PathParam("unitCode") String unitCode,
            @QueryParam("method") @DefaultValue("webster") String method, @QueryParam("seats") Integer seats,
            @QueryParam("minimumPerUnit") @DefaultValue("0") int minimumPerUnit,
            @QueryParam("universe") @DefaultValue("TOTAL_POPULATION") String universe) {
        List<String> children = readModel.children(unitCode, LocalDate.now());
        if (children.isEmpty()) {
            throw ProblemException.notFound("No sub-units of " + unitCode + " are known to model-service.");
        }
        Integer toShare = seats;
        if (toShare == null) {
            toShare = readModel.inputs(List.of(unitCode)).get(unitCode).currentSeats();
            if (toShare == null) {
                throw new ProblemException(Problem.invalid("No current seat count is known for " + unitCode + ".",
                        List.of(new Problem.FieldError(null, "seats", null, "give the number of seats to share"))));
            }
        }
        List<PopulationFigure> figures = readModel.population(children);
        List<Input> inputs = new ArrayList<>();
        List<Problem.FieldError> missing = new ArrayList<>();
        for (String child : children) {
            Optional<PopulationFigure> latest = figures.stream()
                    .filter(f -> f.unitCode().equals(child) && f.universe().equals(universe))
                    .max(Comparator.comparing(PopulationFigure::date));
            latest.ifPresentOrElse(f -> inputs.add(new Input(child, f.value(), f.figureId(), f.provenance())),
                    () -> missing.add(new Problem.FieldError(null, "units", child, "no " + universe + " figure is known")));
        }
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.invalid("Some sub-units of " + unitCode + " have no population figure.", missing));
        }
        var body = new ApportionmentRequestBody(method, BigDecimal.valueOf(toShare), BigDecimal.valueOf(minimumPerUnit), null,
                null, inputs.stream().map(i -> new ApportionmentRequestBody.UnitBody(i.unitCode(), BigDecimal.valueOf(i.population())))
                        .toList());
        return new CouncilApportionment(unitCode, universe, inputs, apportionments.apportion(body));
    }

}
