package org.seatwise.model.apportionment;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The apportionment mathematics is plain Java (STYLE.md, practice 2). */
class ApportionmentArchitectureTest {

    private static final String DOMAIN = "org.seatwise.model.apportionment";
    private static JavaClasses domain;

    @BeforeAll
    static void importDomain() {
        domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(DOMAIN)
                .that(com.tngtech.archunit.base.DescribedPredicate.describe("outside the api adapter",
                        c -> c.getPackageName().equals(DOMAIN)));
    }

    @Test
    @DisplayName("the guarded package holds the domain classes, so the rules below can fail")
    void domainIsNotEmpty() {
        assertThat(domain.stream().map(c -> c.getSimpleName()))
                .contains("Apportionment", "DivisorMethod", "Malapportionment");
    }

    @Test
    @DisplayName("the apportionment domain imports nothing from Quarkus, Jakarta, Hibernate, Kafka, SmallRye or Jackson")
    void noFramework() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "org.hibernate..",
                "org.apache.kafka..", "io.smallrye..", "com.fasterxml..", "org.seatwise.platform..")
                .check(domain);
    }

    @Test
    @DisplayName("the apportionment domain does not reach into its own API adapter")
    void noAdapter() {
        noClasses().should().dependOnClassesThat().resideInAPackage(DOMAIN + ".api..").check(domain);
    }

    @Test
    @DisplayName("every field of the domain is final: method objects and results are immutable")
    void immutable() {
        fields().that().areDeclaredInClassesThat().resideInAPackage(DOMAIN).and().areNotStatic()
                .and().areDeclaredInClassesThat().doNotHaveSimpleName("UnitHeap")
                .should().beFinal().check(domain);
    }
}
