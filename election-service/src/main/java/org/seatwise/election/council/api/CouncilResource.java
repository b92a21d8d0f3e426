package org.seatwise.election.council.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.election.council.ConvocationSeats;
import org.seatwise.election.council.CouncilRegistry;
import org.seatwise.platform.problem.ProblemException;

@Path("/api/v1/councils")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    /** A unit's council: every recorded convocation, and the seats of the latest. */
    public record CouncilView(String unitCode, Integer currentSeats, List<ConvocationSeats> convocations) {
    }

    private final CouncilRegistry councils;

    public CouncilResource(CouncilRegistry councils) {
        this.councils = councils;
    }

    @GET
    @Path("/{unitCode}")
    public CouncilView get(@PathParam("unitCode") String unitCode) {
        List<ConvocationSeats> convocations = councils.convocations(unitCode);
        if (convocations.isEmpty()) {
            throw ProblemException.notFound("No council is recorded for unit " + unitCode + ".");
        }
        return new CouncilView(unitCode, convocations.get(convocations.size() - 1).seats(), convocations);
    }
}
