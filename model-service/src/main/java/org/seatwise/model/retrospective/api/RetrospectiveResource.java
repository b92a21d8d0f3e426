package org.seatwise.model.retrospective.api;

import java.util.List;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.model.readmodel.ReadModel;
import org.seatwise.model.retrospective.Retrospective;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

/** Every council's seats beside its population across two years, from model-service's read model. */
@Path("/api/v1/retrospective")
@Produces(MediaType.APPLICATION_JSON)
public class RetrospectiveResource {

    public record RetrospectiveView(int from, int to, String changeBase, List<Retrospective.Row> councils) {
    }

    private final ReadModel readModel;

    public RetrospectiveResource(ReadModel readModel) {
        this.readModel = readModel;
    }

    @GET
    public RetrospectiveView get(@QueryParam("from") @DefaultValue("1994") int from, @QueryParam("to") @DefaultValue("2023") int to) {
        if (from >= to || from < 1800 || to > 2200) {
            throw new ProblemException(Problem.invalid("from must be a year before to.",
                    List.of(new Problem.FieldError(null, "from", String.valueOf(from), "must be earlier than to (" + to + ")"))));
        }
        List<String> units = readModel.unitsWithCouncil();
        var seats = readModel.convocations(units);
        var population = readModel.population(units);
        var validFrom = readModel.validFrom(units);
        List<Retrospective.Row> rows = units.stream().map(u -> Retrospective.of(u, validFrom.get(u),
                seats.stream().filter(s -> s.unitCode().equals(u)).toList(),
                population.stream().filter(p -> p.unitCode().equals(u)).toList(), from, to)).toList();
        return new RetrospectiveView(from, to, Retrospective.BASE, rows);
    }
}
