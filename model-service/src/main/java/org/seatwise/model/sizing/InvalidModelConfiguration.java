package org.seatwise.model.sizing;

import java.util.List;
import java.util.stream.Collectors;

/** A model configuration that cannot be built, with every reason found (validation collects them all). */
public class InvalidModelConfiguration extends RuntimeException {

    private final transient List<ConfigurationError> errors;

    public InvalidModelConfiguration(List<ConfigurationError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid configuration names at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<ConfigurationError> errors() {
        return errors;
    }
}
