package org.disclosureledger.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The published language stays plain Java, and every event can be upcast later. */
class KernelArchitectureTest {
    private final JavaClasses kernel = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.disclosureledger.kernel");

    @Test
    void theKernelKnowsNoSpringNoPersistenceAndNoServices() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                "org.disclosureledger.casework..", "org.disclosureledger.reporting..").check(kernel);
    }

    @Test
    void everyEventIsInTheCatalogueOfTheStream() {
        java.util.Set<String> events = kernel.stream().filter(type -> type.isAssignableTo(LedgerEvent.class) && !type.isInterface())
                .map(com.tngtech.archunit.core.domain.JavaClass::getName).collect(java.util.stream.Collectors.toSet());
        org.assertj.core.api.Assertions.assertThat(org.disclosureledger.kernel.stream.EventCatalogue.all().values())
                .extracting(Class::getName).containsExactlyInAnyOrderElementsOf(events);
    }

    @Test
    void everyEventCarriesARevision() {
        classes().that().implement(LedgerEvent.class).should().beAnnotatedWith(Revision.class)
                .andShould().beRecords().check(kernel);
    }
}
