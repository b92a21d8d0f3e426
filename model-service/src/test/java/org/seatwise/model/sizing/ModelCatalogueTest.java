package org.seatwise.model.sizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModelCatalogueTest {

    private final ModelCatalogue catalogue = ModelCatalogue.standard();

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidModelConfiguration e) {
            return e.errors().stream().map(ConfigurationError::field).toList();
        }
        throw new AssertionError("expected the configuration to be refused");
    }

    @Test
    @DisplayName("the catalogue lists cube-root, taagepera-literate, power-law and legislated-scale")
    void lists() {
        assertThat(catalogue.models()).extracting(ModelDescriptor::id)
                .containsExactly("cube-root", "taagepera-literate", "power-law", "legislated-scale");
    }

    @Test
    @DisplayName("every model in the catalogue states a formula, a citation and the meaning of each parameter")
    void described() {
        for (ModelDescriptor d : catalogue.models()) {
            assertThat(d.formula()).as(d.id()).isNotBlank();
            assertThat(d.citations()).as(d.id()).isNotEmpty();
            assertThat(d.parameters()).as(d.id()).allSatisfy(p -> assertThat(p.meaning()).isNotBlank());
        }
    }

    @Test
    @DisplayName("cube-root with no parameters is the study's model on voters on the roll")
    void cubeRootDefaults() {
        assertThat(catalogue.build("cube-root", Map.of())).isEqualTo(new CubeRootLaw());
    }

    @Test
    @DisplayName("every catalogued model built from defaults and example values can be rebuilt from its own parameters")
    void roundTrip() {
        List<SeatSizeModel> models = List.of(catalogue.build("cube-root", Map.of("universe", "total-population")),
                catalogue.build("taagepera-literate", Map.of("literateAdultShare", "0.7")),
                catalogue.build("power-law", Map.of("a", "1.2", "b", "0.4")),
                catalogue.build("legislated-scale", Map.of("scale", "france-cgct-l2121-2", "unit", "Paris")),
                catalogue.build("legislated-scale", Map.of("scale", "custom", "brackets", "0:9,1000:13")));
        for (SeatSizeModel m : models) {
            assertThat(catalogue.build(m.id(), m.parameters())).as(m.description()).isEqualTo(m);
        }
    }

    @Test
    @DisplayName("an unknown model is refused naming the field model")
    void unknownModel() {
        assertThat(fields(() -> catalogue.build("fourth-root", Map.of()))).containsExactly("model");
    }

    @Test
    @DisplayName("power-law without its exponent b is refused naming parameters.b")
    void missingExponent() {
        assertThat(fields(() -> catalogue.build("power-law", Map.of("a", "1")))).containsExactly("parameters.b");
    }

    @Test
    @DisplayName("every bad parameter is reported at once: a negative a, an unreadable b and an unknown c")
    void everyParameterError() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("a", "-1");
        p.put("b", "half");
        p.put("c", "1");
        assertThatThrownBy(() -> catalogue.build("power-law", p)).isInstanceOfSatisfying(InvalidModelConfiguration.class,
                e -> {
                    assertThat(e.errors()).extracting(ConfigurationError::field)
                            .containsExactlyInAnyOrder("parameters.a", "parameters.b", "parameters.c");
                    assertThat(e.errors()).extracting(ConfigurationError::value).contains("-1", "half", "1");
                });
    }

    @Test
    @DisplayName("an unknown population universe is refused")
    void unknownUniverse() {
        assertThat(fields(() -> catalogue.build("cube-root", Map.of("universe", "households"))))
                .containsExactly("parameters.universe");
    }

    @Test
    @DisplayName("a literate adult share above one is refused")
    void shareAboveOne() {
        assertThat(fields(() -> catalogue.build("taagepera-literate", Map.of("literateAdultShare", "1.2"))))
                .containsExactly("parameters.literateAdultShare");
    }

    @Test
    @DisplayName("the French scale configured for Paris gives 163")
    void parisFromCatalogue() {
        SeatSizeModel m = catalogue.build("legislated-scale", Map.of("scale", "france-cgct-l2121-2", "unit", "Paris"));
        assertThat(m.raw(2_100_000)).isEqualByComparingTo("163");
    }

    @Test
    @DisplayName("a custom scale names each bad bracket of the posted table")
    void customBrackets() {
        assertThat(fields(() -> catalogue.build("legislated-scale", Map.of("scale", "custom", "brackets", "0:5,100:0,50:7"))))
                .containsExactly("parameters.brackets[2]", "parameters.brackets[3]");
    }

    @Test
    @DisplayName("a custom scale without brackets, and brackets given to a shipped scale, are refused")
    void bracketsWhereExpected() {
        assertThat(fields(() -> catalogue.build("legislated-scale", Map.of("scale", "custom"))))
                .containsExactly("parameters.brackets");
        assertThat(fields(() -> catalogue.build("legislated-scale", Map.of("scale", "poland-gmina-art17", "brackets", "0:1"))))
                .containsExactly("parameters.brackets");
    }

    @Test
    @DisplayName("a legislated scale needs its scale named")
    void scaleRequired() {
        assertThat(fields(() -> catalogue.build("legislated-scale", Map.of()))).containsExactly("parameters.scale");
    }
}
