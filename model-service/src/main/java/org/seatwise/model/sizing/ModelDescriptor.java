package org.seatwise.model.sizing;

import java.util.List;

/**
 * A model as the catalogue lists it.
 *
 * @param id          the identifier used to configure it, e.g. {@code cube-root}
 * @param name        a short human name
 * @param formula     the formula, in plain text
 * @param description what it computes and when to use it
 * @param citations   the works and laws it comes from
 * @param parameters  what a configuration may set
 */
public record ModelDescriptor(String id, String name, String formula, String description, List<String> citations,
        List<ParameterSpec> parameters) {

    public ModelDescriptor {
        citations = List.copyOf(citations);
        parameters = List.copyOf(parameters);
    }
}
