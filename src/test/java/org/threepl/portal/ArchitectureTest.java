package org.threepl.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies, checked on the compiled classes: interfaces → application → domain; infrastructure
 * implements the ports the application declares and is called by nobody but the container (and its own startup code).
 */
class ArchitectureTest {

    private static final String DOMAIN = "org.threepl.portal.domain..";
    private static final String APPLICATION = "org.threepl.portal.application..";
    private static final String INTERFACES = "org.threepl.portal.interfaces..";
    private static final String INFRASTRUCTURE = "org.threepl.portal.infrastructure..";

    private static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.threepl.portal");
    }

    @Test
    void theDomainDependsOnTheDomainAndJavaAndJakartaOnly() {
        classes()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(DOMAIN, "java..", "javax.crypto..", "jakarta..")
                .check(portal);
    }

    @Test
    void theApplicationDoesNotDependOnInterfaces() {
        noClasses()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INTERFACES)
                .check(portal);
    }

    @Test
    void theApplicationDoesNotDependOnInfrastructure() {
        noClasses()
                .that()
                .resideInAPackage(APPLICATION)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INFRASTRUCTURE)
                .check(portal);
    }

    @Test
    void theInterfacesDoNotDependOnInfrastructure() {
        noClasses()
                .that()
                .resideInAPackage(INTERFACES)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INFRASTRUCTURE)
                .check(portal);
    }

    @Test
    void infrastructureDoesNotDependOnInterfaces() {
        noClasses()
                .that()
                .resideInAPackage(INFRASTRUCTURE)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INTERFACES)
                .check(portal);
    }

    @Test
    void theLayersAreFreeOfCycles() {
        slices().matching("org.threepl.portal.(*)..").should().beFreeOfCycles().check(portal);
    }

    @Test
    void thePackagesAreFreeOfCycles() {
        slices().matching("org.threepl.portal.(**)").should().beFreeOfCycles().check(portal);
    }
}
