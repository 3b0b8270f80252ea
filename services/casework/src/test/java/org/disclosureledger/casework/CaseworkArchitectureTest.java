package org.disclosureledger.casework;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layout of casework, kept by the build: slices by capability that do not depend on each other in a circle; in
 * each, the command side knows neither the web adapter nor the read models; the shared platform knows no slice.
 */
class CaseworkArchitectureTest {
    private static final String CASEWORK = "org.disclosureledger.casework";
    private final JavaClasses casework = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(CASEWORK);

    @Test
    void noSlicesDependOnEachOtherInACircle() {
        slices().matching(CASEWORK + ".(*)..").should().beFreeOfCycles().check(casework);
    }

    @Test
    void theCommandSideImportsNoWebAdapterAndNoReadModel() {
        noClasses().that().resideInAPackage(CASEWORK + ".(*).command..")
                .should().dependOnClassesThat().resideInAnyPackage(CASEWORK + "..web..", CASEWORK + "..read..")
                .check(casework);
    }

    @Test
    void thePlatformImportsNoSlice() {
        noClasses().that().resideInAPackage(CASEWORK + ".platform..")
                .should().dependOnClassesThat(resideInAPackage(CASEWORK + "..")
                        .and(not(resideInAPackage(CASEWORK + ".platform..")))
                        .as("a slice of casework"))
                .check(casework);
    }

    @Test
    void caseworkKnowsNothingOfReporting() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.disclosureledger.reporting..").check(casework);
    }
}
