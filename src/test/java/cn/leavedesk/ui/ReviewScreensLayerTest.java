package cn.leavedesk.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The leaders' review, who is away and the meetings screen reach the services only, never the store or the rules. */
class ReviewScreensLayerTest {
    @Test
    void reviewAwayAndMeetingScreensUseNoStoreOrRulesTypes() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.leavedesk.ui");
        noClasses().that().resideInAnyPackage("cn.leavedesk.ui.counts..", "cn.leavedesk.ui.away..",
                        "cn.leavedesk.ui.meetings..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.leavedesk.store..", "cn.leavedesk.rules..")
                .check(classes);
    }
}
