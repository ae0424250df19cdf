package org.zhizao.scheduler;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses scheduler = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.zhizao.scheduler");

    @Test
    void theSchedulerIsAPlainLibraryWithoutSpringJpaOrVaadin() {
        // the MES wraps this library; frameworks stay at its edges (STYLE.md, habit 3)
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..")
                .check(scheduler);
    }

    @Test
    void theDomainModelDoesNotKnowTheSolverOrTheReaders() {
        noClasses().that().resideInAPackage("..scheduler.model..").should().dependOnClassesThat()
                .resideInAnyPackage("..scheduler.solver..", "..scheduler.io..", "..scheduler.bench..", "..scheduler.replan..")
                .check(scheduler);
    }
}
