package org.seatwise.census;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** census-service's domain is plain Java (STYLE.md, practices 2 and 5): adapters sit in sub-packages. */
class ArchitectureTest {

    private static final List<String> DOMAIN = List.of("org.seatwise.census.unit", "org.seatwise.census.lineage",
            "org.seatwise.census.search", "org.seatwise.census.population");
    private static JavaClasses domain;

    @BeforeAll
    static void importDomain() {
        domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(DOMAIN.toArray(String[]::new))
                .that(DescribedPredicate.describe("in a domain package, not an adapter",
                        c -> DOMAIN.contains(c.getPackageName())));
    }

    @Test
    @DisplayName("the guarded packages hold the domain classes, so the rules below can fail")
    void domainIsNotEmpty() {
        assertThat(domain.stream().map(c -> c.getSimpleName())).contains("AdministrativeUnit", "LineageGraph",
                "Transliteration", "NameSearch", "PopulationValidator", "Comparability");
    }

    @Test
    @DisplayName("records, the lineage walk, transliteration and validation import nothing from Quarkus, Jakarta, Hibernate, Kafka, Jackson or the platform")
    void noFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..",
                "org.apache.kafka..", "io.smallrye..", "com.fasterxml..", "io.agroal..", "org.seatwise.platform..")
                .check(domain);
    }

    @Test
    @DisplayName("the domain does not reach into its adapters (api, application, persistence, seed)")
    void noAdapter() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("..api..", "..application..", "..persistence..",
                "..seed..").check(domain);
    }

    @Test
    @DisplayName("every field of the domain is final: values are immutable")
    void immutable() {
        fields().that().areDeclaredInClassesThat(DescribedPredicate.describe("domain", c -> DOMAIN.contains(c.getPackageName())))
                .and().areNotStatic().should().beFinal().check(domain);
    }

    @Test
    @DisplayName("only persistence packages reach the database (JDBC, Agroal)")
    void databaseAtTheEdge() {
        JavaClasses all = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.seatwise.census");
        noClasses().that().resideOutsideOfPackage("..persistence..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "io.agroal..").check(all);
        assertThat(all.stream().filter(c -> c.getPackageName().endsWith(".persistence"))
                .filter(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getPackageName().startsWith("java.sql"))))
                .hasSizeGreaterThan(3);
    }
}
