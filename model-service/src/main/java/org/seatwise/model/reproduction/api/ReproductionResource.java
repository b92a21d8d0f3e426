package org.seatwise.model.reproduction.api;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.model.reproduction.MaslikhatReproduction;
import org.seatwise.model.reproduction.StudyTables;
import org.seatwise.platform.problem.ProblemException;

/**
 * Reproductions of published studies: read-only, computed from the shipped printed tables. The
 * result depends on nothing but those files, so it is computed once.
 */
@Path("/api/v1/reproductions")
@Produces(MediaType.APPLICATION_JSON)
public class ReproductionResource {

    static final String MASLIKHAT_2025 = "maslikhat-2025";

    /** An available reproduction. */
    public record Available(String id, String title, String href) {
    }

    private volatile ReproductionResponse maslikhat;

    @GET
    public List<Available> list() {
        return List.of(new Available(MASLIKHAT_2025, StudyTables.STUDY + ": Tables 1 and 2",
                "/api/v1/reproductions/" + MASLIKHAT_2025));
    }

    @GET
    @Path("/{id}")
    public ReproductionResponse one(@PathParam("id") String id) {
        if (!MASLIKHAT_2025.equals(id)) {
            throw ProblemException.notFound("No reproduction '" + id + "'; GET /api/v1/reproductions lists them.");
        }
        ReproductionResponse r = maslikhat;
        if (r == null) {
            StudyTables tables = StudyTables.shipped();
            r = ReproductionResponse.of(MaslikhatReproduction.reproduce(tables), tables);
            maslikhat = r;
        }
        return r;
    }
}
