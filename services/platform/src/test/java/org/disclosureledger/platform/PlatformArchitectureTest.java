package org.disclosureledger.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The shared plumbing knows no service; its problems are plain Java, so that any aggregate may refuse with one. */
class PlatformArchitectureTest {
    private final JavaClasses platform = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.disclosureledger.platform");

    @Test
    void thePlatformKnowsNoService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.disclosureledger.casework..",
                "org.disclosureledger.reporting..", "org.disclosureledger.node..").check(platform);
    }

    @Test
    void problemsArePlainJava() {
        noClasses().that().resideInAPackage("org.disclosureledger.platform.problem..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "com.fasterxml..")
                .check(platform);
    }
}
