package cn.haitang.console.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import cn.haitang.console.Application;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** Keeps the boundaries so one feature can change without reading all the others. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.haitang.console");

    @Test
    void featuresAreModulesWithoutCyclesOrReachesIntoInternals() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void viewsCallServicesNeverRepositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .check(CLASSES);
    }

    @Test
    void servicesAndEntitiesDoNotDependOnViews() {
        // The security configuration names the login view; nothing else below the views knows them.
        noClasses().that().resideOutsideOfPackage("..ui..")
                .and().doNotHaveSimpleName("SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage("cn.haitang.console..ui..")
                .check(CLASSES);
    }
}
