package org.seatwise.model.sizing.api;

import java.util.Arrays;
import java.util.List;

import org.seatwise.model.sizing.ModelDescriptor;
import org.seatwise.model.sizing.ParameterSpec;
import org.seatwise.model.sizing.Rounding;

/**
 * The body of {@code GET /api/v1/models}: every seat-size model, and the roundings a rule can name.
 *
 * @param models    the catalogue, in a stable order
 * @param roundings the rounding rules a configuration states beside its model
 */
public record ModelsResponse(List<ModelView> models, List<RoundingView> roundings) {

    /** A model: how to configure it, its formula, and where it comes from. */
    public record ModelView(String id, String name, String formula, String description, List<String> citations,
            List<ParameterView> parameters) {

        static ModelView of(ModelDescriptor d) {
            return new ModelView(d.id(), d.name(), d.formula(), d.description(), d.citations(),
                    d.parameters().stream().map(ParameterView::of).toList());
        }
    }

    /**
     * One parameter.
     *
     * @param defaultValue the value taken when none is given; null when required or optional without default
     */
    public record ParameterView(String name, String defaultValue, boolean required, String meaning) {

        static ParameterView of(ParameterSpec p) {
            return new ParameterView(p.name(), p.defaultValue(), p.required(), p.meaning());
        }
    }

    /** A rounding rule by its identifier. */
    public record RoundingView(String id, String meaning) {

        static RoundingView of(Rounding r) {
            return new RoundingView(r.id(), switch (r) {
                case FLOOR -> "the whole number at or below the model's value";
                case NEAREST -> "the nearest whole number, an exact half rounded up";
                case CEILING -> "the whole number at or above the model's value";
                case NEAREST_ODD -> "the nearest odd number (no tied votes), an exactly even value rounded up";
            });
        }
    }

    static ModelsResponse of(List<ModelDescriptor> models) {
        return new ModelsResponse(models.stream().map(ModelView::of).toList(),
                Arrays.stream(Rounding.values()).map(RoundingView::of).toList());
    }
}
