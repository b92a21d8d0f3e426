package org.seatwise.model.sizing.api;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.seatwise.model.sizing.InvalidModelConfiguration;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * A refused model configuration leaves the service as one RFC 9457 problem (422) that lists every
 * bad field; any resource that builds a model from the catalogue gets this answer.
 */
public class ModelConfigurationProblems {

    /** The problem for a refused configuration, every error as a field error. */
    public static Problem toProblem(InvalidModelConfiguration e) {
        List<Problem.FieldError> errors = e.errors().stream()
                .map(err -> new Problem.FieldError(null, err.field(), err.value(), err.reason()))
                .toList();
        return Problem.invalid("The model configuration is refused: " + errors.size()
                + (errors.size() == 1 ? " problem." : " problems."), errors);
    }

    /** For code that prefers throwing the platform's exception. */
    public static ProblemException toException(InvalidModelConfiguration e) {
        return new ProblemException(toProblem(e));
    }

    @ServerExceptionMapper
    public Response invalidConfiguration(InvalidModelConfiguration e, UriInfo uri) {
        Problem p = toProblem(e);
        if (uri != null) {
            p = p.at(uri.getPath());
        }
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
