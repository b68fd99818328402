package org.threepl.portal;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The direction of dependencies, checked on the compiled classes: interfaces → application → domain; infrastructure
 * implements the ports the application declares and is called by nobody but the container (and its own startup code).
 */
class ArchitectureTest {

    private static final String DOMAIN = "org.threepl.portal.domain..";
    private static final String APPLICATION = "org.threepl.portal.application..";
    private static final String INTERFACES = "org.threepl.portal.interfaces..";
    private static final String INFRASTRUCTURE = "org.threepl.portal.infrastructure..";

    /**
     * Infrastructure classes that the application or the interfaces still use directly, each until its port exists.
     * This list only ever shrinks; the goal is an empty list. Nested classes count as their outermost class.
     */
    private static final Set<String> STILL_TO_MOVE_BEHIND_PORTS = Set.of(
            // being moved behind an application port in branch people-exports
            "org.threepl.portal.infrastructure.export.TableWriter");

    private static JavaClasses portal;

    @BeforeAll
    static void importClasses() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.threepl.portal");
    }

    /** Infrastructure classes excused by {@link #STILL_TO_MOVE_BEHIND_PORTS}. */
    private static DescribedPredicate<JavaClass> infrastructureStillToMove() {
        return resideInAPackage(INFRASTRUCTURE).and(DescribedPredicate.describe("still to move behind a port",
                c -> STILL_TO_MOVE_BEHIND_PORTS.contains(outermost(c).getName())));
    }

    /** Infrastructure classes not (yet) excused by {@link #STILL_TO_MOVE_BEHIND_PORTS}. */
    private static DescribedPredicate<JavaClass> infrastructureNotExcused() {
        return resideInAPackage(INFRASTRUCTURE).and(DescribedPredicate.describe("not still to move behind a port",
                c -> !STILL_TO_MOVE_BEHIND_PORTS.contains(outermost(c).getName())));
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer;
    }

    @Test
    void theDomainDependsOnTheDomainAndJavaAndJakartaOnly() {
        classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..", "javax.crypto..", "jakarta..")
                .check(portal);
    }

    @Test
    void theApplicationDoesNotDependOnInterfaces() {
        noClasses().that().resideInAPackage(APPLICATION)
                .should().dependOnClassesThat().resideInAPackage(INTERFACES)
                .check(portal);
    }

    @Test
    void theApplicationDoesNotDependOnInfrastructure() {
        noClasses().that().resideInAPackage(APPLICATION)
                .should().dependOnClassesThat(infrastructureNotExcused())
                .check(portal);
    }

    @Test
    void theInterfacesDoNotDependOnInfrastructure() {
        noClasses().that().resideInAPackage(INTERFACES)
                .should().dependOnClassesThat(infrastructureNotExcused())
                .check(portal);
    }

    @Test
    void infrastructureDoesNotDependOnInterfaces() {
        noClasses().that().resideInAPackage(INFRASTRUCTURE)
                .should().dependOnClassesThat().resideInAPackage(INTERFACES)
                .check(portal);
    }

    @Test
    void theLayersAreFreeOfCycles() {
        slices().matching("org.threepl.portal.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAnyPackage(APPLICATION, INTERFACES), infrastructureStillToMove())
                .check(portal);
    }

    @Test
    void thePackagesAreFreeOfCycles() {
        slices().matching("org.threepl.portal.(**)").should().beFreeOfCycles()
                .ignoreDependency(resideInAnyPackage(APPLICATION, INTERFACES), infrastructureStillToMove())
                .check(portal);
    }
}
