package org.seatwise.model.apportionment;

import java.util.List;

/** The input cannot be computed; every reason is listed, not only the first. */
public final class InvalidInputException extends RuntimeException {

    private final transient List<InputError> errors;

    public InvalidInputException(List<InputError> errors) {
        super(errors.size() + " invalid input(s): " + errors.get(0).field() + " " + errors.get(0).reason()
                + (errors.size() > 1 ? ", …" : ""));
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
