package cn.leavedesk;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Data flows one way: ui → service → rules/store → domain. The core has no toolkit, database or clock. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.leavedesk");
    }

    @Test
    void theCoreKnowsNoJavaFxNoJdbcAndNoOuterLayer() {
        noClasses().that().resideInAnyPackage("cn.leavedesk.domain..", "cn.leavedesk.calendar..", "cn.leavedesk.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "cn.leavedesk.store..", "cn.leavedesk.service..", "cn.leavedesk.ui..", "cn.leavedesk.cli..")
                .check(classes);
    }

    @Test
    void theCoreReadsNoClockOfItsOwn() {
        noClasses().that().resideInAnyPackage("cn.leavedesk.domain..", "cn.leavedesk.calendar..", "cn.leavedesk.rules..")
                .should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("cn.leavedesk.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.leavedesk.calendar..", "cn.leavedesk.rules..",
                        "cn.leavedesk.io..")
                .check(classes);
    }

    @Test
    void onlyTheStoreTalksSql() {
        noClasses().that().resideOutsideOfPackage("cn.leavedesk.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(classes);
    }

    @Test
    void storeAndRulesNeverReachIntoTheClient() {
        noClasses().that().resideInAnyPackage("cn.leavedesk.store..", "cn.leavedesk.service..", "cn.leavedesk.io..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.leavedesk.ui..", "javafx..")
                .allowEmptyShould(true)
                .check(classes);
    }

    /**
     * The layers as ../shared/STYLE.md draws them: ui → service → rules / store / io → calendar → domain, with the
     * command line beside the client and the benchmark beside both. The client's composition root and its store
     * adapters ({@code ui.data}, {@code LeaveDeskApp}) open the database; screens go through services.
     */
    @Test
    void layersAreReachedOnlyFromAbove() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("cn.leavedesk.domain..")
                .layer("Calendar").definedBy("cn.leavedesk.calendar..")
                .layer("Rules").definedBy("cn.leavedesk.rules..")
                .layer("Io").definedBy("cn.leavedesk.io..")
                .layer("Store").definedBy("cn.leavedesk.store..")
                .layer("Print").definedBy("cn.leavedesk.print..")
                .layer("Service").definedBy("cn.leavedesk.service..")
                .layer("Cli").definedBy("cn.leavedesk.cli..")
                .layer("Bench").definedBy("cn.leavedesk.bench..")
                .layer("Ui").definedBy("cn.leavedesk.ui..")
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("Bench").mayOnlyBeAccessedByLayers("Cli")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("Ui", "Cli", "Bench")
                .whereLayer("Print").mayOnlyBeAccessedByLayers("Service", "Ui", "Cli")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "Ui", "Cli", "Bench")
                .whereLayer("Io").mayOnlyBeAccessedByLayers("Service", "Ui", "Cli", "Bench")
                .whereLayer("Rules").mayOnlyBeAccessedByLayers("Service", "Store", "Io", "Ui", "Cli", "Bench", "Print")
                .whereLayer("Calendar").mayOnlyBeAccessedByLayers("Rules", "Service", "Store", "Io", "Ui", "Cli",
                        "Bench")
                .check(classes);
    }

    /**
     * The domain's subpackages (what the register, the roster, an absence's life and an import show) build on its core
     * values, never the other way round, and not on each other in a circle.
     */
    @Test
    void theDomainsSubpackagesBuildOnItsCore() {
        noClasses().that().resideInAPackage("cn.leavedesk.domain")
                .should().dependOnClassesThat().resideInAPackage("cn.leavedesk.domain.(*)..")
                .check(classes);
        slices().matching("cn.leavedesk.domain.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("cn.leavedesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * The client sees services and the domain only: the values screens show live in {@code domain}
     * (docs/decisions/0020-layers-screens-see-services-and-domain.md), and what the store, the readers, the rules
     * engine and the calendar have to say reaches the client worded or wrapped by a service. The composition root
     * ({@code LeaveDeskApp}) and the adapters it builds ({@code ui.data}) are the only client classes that open the
     * database, load the calendar and wire the services.
     */
    @Test
    void screensReachServicesOnly() {
        noClasses().that().resideInAPackage("cn.leavedesk.ui..")
                .and().resideOutsideOfPackage("cn.leavedesk.ui.data..")
                .and().haveNameNotMatching("cn\\.leavedesk\\.ui\\.LeaveDeskApp(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("cn.leavedesk.store..", "cn.leavedesk.rules..",
                        "cn.leavedesk.io..", "cn.leavedesk.calendar..")
                .check(classes);
    }
}
