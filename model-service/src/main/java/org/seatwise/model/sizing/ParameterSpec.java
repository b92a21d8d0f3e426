package org.seatwise.model.sizing;

/**
 * One parameter of a model, as the catalogue lists it.
 *
 * @param name         the key in a configuration's parameters
 * @param defaultValue the value when the caller gives none; null when the parameter is required or optional without default
 * @param required     whether a configuration without it is refused
 * @param meaning      what it is and which values it takes
 */
public record ParameterSpec(String name, String defaultValue, boolean required, String meaning) {
}
