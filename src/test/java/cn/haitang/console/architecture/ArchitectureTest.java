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

    /**
     * A feature's views know their own feature and what every feature shares (base, region, security, audit; the inbox the home page shows), never
     * another feature: what one screen shows of another feature comes through an SPI in base (dashboard
     * sections, search contributions, the compound page's tabs), so a feature can change its views alone.
     */
    @Test
    void aFeaturesViewsDependOnTheirOwnFeatureAndTheSharedPartsOnly() {
        java.util.Set<String> shared = java.util.Set.of("base", "region", "security", "audit", "inbox", "ui");
        java.util.Set<String> features = new java.util.TreeSet<>();
        CLASSES.forEach(c -> {
            String rest = c.getPackageName().replaceFirst("^cn\\.haitang\\.console\\.?", "");
            if (!rest.isEmpty()) {
                features.add(rest.split("\\.")[0]);
            }
        });
        features.removeAll(shared);
        for (String feature : features) {
            String[] others = features.stream().filter(f -> !f.equals(feature))
                    .map(f -> "cn.haitang.console." + f + "..").toArray(String[]::new);
            if (feature.equals("dashboard")) {
                // the city overview composes every feature: its views render the figures records the dashboard's
                // service gathered from each feature's published API, and call no other feature's service
                noClasses().that().resideInAPackage("cn.haitang.console.dashboard.ui..")
                        .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(others),
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith("Service")))
                        .check(CLASSES);
                continue;
            }
            // another feature's enums are shared vocabulary (a topic sent to the board picks the matter's
            // category and shows its state); its services, entities and rows are not
            noClasses().that().resideInAPackage("cn.haitang.console." + feature + ".ui..")
                    .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage(others),
                            com.tngtech.archunit.base.DescribedPredicate.not(
                                    com.tngtech.archunit.core.domain.JavaClass.Predicates.ENUMS)))
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }
}
