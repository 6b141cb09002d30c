package cn.leavedesk;

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
}
