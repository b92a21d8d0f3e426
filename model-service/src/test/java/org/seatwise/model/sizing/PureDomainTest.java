package org.seatwise.model.sizing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/**
 * The seat mathematics is plain Java (STYLE.md, "The mathematics is plain Java"): the domain
 * packages import no framework. Adapters live in {@code ..api..} and are excluded. The rule fails if
 * a guarded package is empty, and is itself checked to fail on a package that does import a framework.
 */
class PureDomainTest {

    private static final String[] FRAMEWORKS = {"io.quarkus..", "jakarta..", "org.hibernate..", "org.apache.kafka..",
            "io.smallrye..", "com.fasterxml.."};

    private static final Pattern ADAPTER = Pattern.compile(".*/api/.*");
    private static final Pattern TEST_CLASSES = Pattern.compile(".*/(test-classes|mybuild/test)/.*");

    private static JavaClasses domain(String pkg) {
        return new ClassFileImporter()
                .withImportOption(location -> !location.matches(ADAPTER))
                .withImportOption(location -> !location.matches(TEST_CLASSES))
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(pkg);
    }

    private static ArchRule noFramework() {
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("seat mathematics takes values and returns values, with no framework");
    }

    @ParameterizedTest(name = "{0} imports nothing from Quarkus, Jakarta, Hibernate, Kafka, SmallRye or Jackson")
    @ValueSource(strings = {"org.seatwise.model.sizing", "org.seatwise.model.reproduction",
            "org.seatwise.model.apportionment"})
    @DisplayName("a domain package imports no framework")
    void domainIsPure(String pkg) {
        JavaClasses classes = domain(pkg);
        assertThat(classes).as("classes found in %s (an empty package would make this rule vacuous)", pkg).isNotEmpty();
        noFramework().check(classes);
    }

    @Test
    @DisplayName("the rule reports a violation on an adapter package that uses JAX-RS, so it can fail")
    void ruleCanFail() {
        JavaClasses adapters = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.seatwise.model.sizing.api");
        assertThat(adapters).isNotEmpty();
        EvaluationResult result = noFramework().evaluate(adapters);
        assertThat(result.hasViolation()).isTrue();
    }
}
