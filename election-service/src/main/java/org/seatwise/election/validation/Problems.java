package org.seatwise.election.validation;

import java.util.List;

import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

/** Turns a validator's bad fields into the one RFC 9457 problem the API answers. */
public final class Problems {

    private Problems() {
    }

    public static ProblemException invalid(String what, List<InvalidField> errors) {
        return new ProblemException(Problem.invalid(what + " has " + errors.size() + " error(s); nothing was stored.",
                errors.stream().map(e -> new Problem.FieldError(null, e.field(), e.value(), e.reason())).toList()));
    }
}
