package org.disclosureledger.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layout of reporting, kept by the build: its parts (projection, feed, query, calculation, document, web) in no
 * circle; it reads the published language and the platform, never casework; the calculation and the documents know
 * neither the web nor where the facts are stored.
 */
class ReportingArchitectureTest {
    private static final String REPORTING = "org.disclosureledger.reporting";
    private final JavaClasses reporting = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(REPORTING);

    @Test
    void noPartsDependOnEachOtherInACircle() {
        slices().matching(REPORTING + ".(*)..").should().beFreeOfCycles().check(reporting);
    }

    @Test
    void reportingNeverImportsCasework() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.disclosureledger.casework..").check(reporting);
    }

    @Test
    void theCalculationAndTheDocumentsKnowNoWebAndNoStorage() {
        noClasses().that().resideInAnyPackage(REPORTING + ".calculation..", REPORTING + ".document..")
                .should().dependOnClassesThat().resideInAnyPackage(REPORTING + ".web..", REPORTING + ".projection..",
                        REPORTING + ".feed..", "org.springframework.jdbc..")
                .check(reporting);
    }
}
