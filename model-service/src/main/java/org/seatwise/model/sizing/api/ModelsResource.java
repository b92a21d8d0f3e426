package org.seatwise.model.sizing.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.seatwise.model.sizing.ModelCatalogue;
import org.seatwise.platform.problem.ProblemException;

/** The seat-size model catalogue: read-only, the same for every caller. */
@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    private final ModelCatalogue catalogue;

    @Inject
    public ModelsResource(ModelCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    public ModelsResponse list() {
        return ModelsResponse.of(catalogue.models());
    }

    @GET
    @Path("/{id}")
    public ModelsResponse.ModelView one(@PathParam("id") String id) {
        return catalogue.describe(id).map(ModelsResponse.ModelView::of)
                .orElseThrow(() -> ProblemException.notFound("No model '" + id + "'; GET /api/v1/models lists them."));
    }
}
