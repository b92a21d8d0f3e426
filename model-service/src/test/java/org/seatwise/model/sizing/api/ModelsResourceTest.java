package org.seatwise.model.sizing.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.seatwise.model.sizing.InvalidModelConfiguration;
import org.seatwise.model.sizing.ModelCatalogue;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

/** The catalogue's body and the problem a refused configuration becomes, without the server. */
class ModelsResourceTest {

    private final ModelsResource resource = new ModelsResource(ModelCatalogue.standard());

    @Test
    @DisplayName("the catalogue lists every model with its formula, citations and parameters, and the four roundings")
    void list() {
        ModelsResponse body = resource.list();
        assertThat(body.models()).extracting(ModelsResponse.ModelView::id)
                .containsExactly("cube-root", "taagepera-literate", "power-law", "legislated-scale");
        assertThat(body.models()).allSatisfy(m -> {
            assertThat(m.formula()).isNotBlank();
            assertThat(m.citations()).isNotEmpty();
        });
        assertThat(body.roundings()).extracting(ModelsResponse.RoundingView::id)
                .containsExactly("floor", "nearest", "ceiling", "nearest-odd");
    }

    @Test
    @DisplayName("power-law's exponent is listed as required, with no default")
    void requiredParameter() {
        ModelsResponse.ParameterView b = resource.one("power-law").parameters().stream()
                .filter(p -> p.name().equals("b")).findFirst().orElseThrow();
        assertThat(b.required()).isTrue();
        assertThat(b.defaultValue()).isNull();
    }

    @Test
    @DisplayName("an unknown model is answered with a not-found problem")
    void unknown() {
        assertThatThrownBy(() -> resource.one("fourth-root"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().status()).isEqualTo(404));
    }

    @Test
    @DisplayName("a refused configuration becomes one 422 problem listing every bad field")
    void problem() {
        InvalidModelConfiguration refused = null;
        try {
            ModelCatalogue.standard().build("power-law", Map.of("a", "-1", "c", "2"));
        } catch (InvalidModelConfiguration e) {
            refused = e;
        }
        assertThat(refused).isNotNull();
        Problem p = ModelConfigurationProblems.toProblem(refused);
        assertThat(p.status()).isEqualTo(422);
        assertThat(p.errors()).extracting(Problem.FieldError::field)
                .containsExactlyInAnyOrder("parameters.a", "parameters.b", "parameters.c");
    }
}
