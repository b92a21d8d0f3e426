package org.seatwise.election.validation;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.Response;

import org.seatwise.election.cap.CapRegistry.Change;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

/** How the API answers an analyst's write: one RFC 9457 problem for every bad field, or what was stored. */
public final class Answers {

    private Answers() {
    }

    public static ProblemException invalid(String what, List<InvalidField> errors) {
        return new ProblemException(Problem.invalid(what + " has " + errors.size() + " error(s); nothing was stored.",
                errors.stream().map(e -> new Problem.FieldError(null, e.field(), e.value(), e.reason())).toList()));
    }

    /** 201 with its location when the write created the record; 200 when it replaced it or changed nothing. */
    public static Response written(Change change, URI location, Object stored) {
        return change == Change.CREATED ? Response.created(location).entity(stored).build()
                : Response.ok(stored).location(location).build();
    }
}
