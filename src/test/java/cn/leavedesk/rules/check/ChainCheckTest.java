package cn.leavedesk.rules.check;

import static cn.leavedesk.rules.Fixtures.DEPARTMENT;
import static cn.leavedesk.rules.Fixtures.DEPUTY_SECRETARY;
import static cn.leavedesk.rules.Fixtures.DISTRICT;
import static cn.leavedesk.rules.Fixtures.EXECUTIVE;
import static cn.leavedesk.rules.Fixtures.MAYOR;
import static cn.leavedesk.rules.Fixtures.PARTY_MEMBER;
import static cn.leavedesk.rules.Fixtures.SECRETARY;
import static cn.leavedesk.rules.Fixtures.TRANSPORT_VM;
import static cn.leavedesk.rules.Fixtures.evaluate;
import static cn.leavedesk.rules.Fixtures.meeting;
import static cn.leavedesk.rules.Fixtures.trip;
import static org.assertj.core.api.Assertions.assertThat;

import cn.leavedesk.domain.Evaluation;
import cn.leavedesk.domain.FindingCode;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.MeetingType;
import cn.leavedesk.domain.Person;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.Step;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChainCheckTest {
    private static List<String> chain(Evaluation e) {
        return e.chain().stream().map(s -> s.action() + " " + s.party()).toList();
    }

    private static List<String> articles(Evaluation e) {
        return e.chain().stream().map(Step::article).distinct().toList();
    }

    private static Evaluation tripOf(String rulebook, Person who, Scope scope) {
        return evaluate(rulebook, trip("r", who, Kind.BUSINESS_TRIP, scope, "2026-06-10", "2026-06-12").build());
    }

    @Nested
    class Wuhan {
        @Test
        void mayorLeavingWuhanIsFiledWithThreeOffices() {
            Evaluation e = tripOf("wuhan", MAYOR, Scope.OUTSIDE_PROVINCE);
            assertThat(chain(e)).containsExactly("FILE PROVINCIAL_PARTY_OFFICE", "FILE PROVINCIAL_GOVERNMENT_OFFICE",
                    "FILE MUNICIPAL_PARTY_OFFICE");
            assertThat(articles(e)).containsExactly("武政〔2018〕54号 六十七");
        }

        @Test
        void viceMayorReportsToTheMayorThenTheOfficeNotifiesAndFiles() {
            assertThat(chain(tripOf("wuhan", TRANSPORT_VM, Scope.WITHIN_PROVINCE)))
                    .containsExactly("REPORT MAYOR", "NOTIFY CITY_LEADERS", "FILE MUNICIPAL_PARTY_OFFICE");
            assertThat(chain(tripOf("wuhan", SECRETARY, Scope.ABROAD)))
                    .containsExactly("REPORT MAYOR", "NOTIFY CITY_LEADERS", "FILE MUNICIPAL_PARTY_OFFICE");
        }

        @Test
        void departmentHeadFilesWithTheOfficeByTheDeadline() {
            Evaluation e = tripOf("wuhan", DEPARTMENT, Scope.OUTSIDE_PROVINCE);
            assertThat(chain(e)).containsExactly("FILE GENERAL_OFFICE", "NOTIFY CITY_LEADERS");
            assertThat(e.chain().get(0).by()).contains(java.time.LocalDate.parse("2026-06-05"));
            assertThat(e.chain().get(1).by()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = Kind.class, names = {"BUSINESS_TRIP", "OFFICIAL_VISIT", "LEAVE", "OTHER_ABSENCE"})
        void staysInsideWuhanNeedNoChain(Kind kind) {
            assertThat(evaluate("wuhan", trip("r", DEPARTMENT, kind, Scope.WITHIN_CITY, "2026-06-10", "2026-06-12")
                    .build()).chain()).isEmpty();
            assertThat(evaluate("wuhan", trip("r", MAYOR, kind, Scope.WITHIN_CITY, "2026-06-10", "2026-06-12")
                    .build()).chain()).isEmpty();
        }

        @Test
        void districtHeadsAreNotCoveredByArticle67() {
            assertThat(tripOf("wuhan", DISTRICT, Scope.OUTSIDE_PROVINCE).chain()).isEmpty();
        }

        @Test
        void leadersMissingAnyGovernmentMeetingAskTheMayor() {
            for (MeetingType type : MeetingType.values()) {
                Evaluation e = evaluate("wuhan", meeting("r", TRANSPORT_VM, type, MAYOR, "2026-06-10").build());
                assertThat(chain(e)).as(type.name()).containsExactly("APPROVE MAYOR");
                assertThat(articles(e)).containsExactly("武政〔2018〕54号 四十七");
            }
        }

        @Test
        void departmentHeadMissingAnExecutiveMeetingAppliesToTheOfficeWhichReportsToTheMayor() {
            assertThat(chain(evaluate("wuhan", meeting("r", DEPARTMENT, MeetingType.EXECUTIVE, MAYOR, "2026-06-10").build())))
                    .containsExactly("APPROVE GENERAL_OFFICE", "NOTIFY MAYOR");
        }

        @Test
        void departmentHeadMissingASpecialMeetingAsksWhoeverCalledIt() {
            assertThat(chain(evaluate("wuhan", meeting("r", DEPARTMENT, MeetingType.SPECIAL, TRANSPORT_VM, "2026-06-10").build())))
                    .containsExactly("APPROVE MEETING_CONVENER");
        }

        @Test
        void aSpecialMeetingWithoutConvenerCannotBeRouted() {
            Evaluation e = evaluate("wuhan", meeting("r", DEPARTMENT, MeetingType.SPECIAL, null, "2026-06-10").build());
            assertThat(e.chain()).isEmpty();
            assertThat(e.findings()).extracting(f -> f.code()).containsExactly(FindingCode.MISSING_FIELD);
        }

        @Test
        void aMeetingAbsenceWithoutItsMeetingIsMissingAField() {
            Evaluation e = evaluate("wuhan", cn.leavedesk.domain.Absence.builder("r", "v2", Kind.MEETING_ABSENCE,
                    Scope.WITHIN_CITY, java.time.LocalDate.parse("2026-06-10"), java.time.LocalDate.parse("2026-06-10")).build());
            assertThat(e.findings()).extracting(f -> f.code()).containsExactly(FindingCode.MISSING_FIELD);
        }
    }

    @Nested
    class Hangzhou {
        @Test
        void viceMayorReportsToTheMayorAndTheOfficeNotifies() {
            Evaluation e = tripOf("hangzhou", EXECUTIVE, Scope.OUTSIDE_PROVINCE);
            assertThat(chain(e)).containsExactly("REPORT MAYOR", "NOTIFY CITY_LEADERS");
            assertThat(articles(e)).containsExactly("杭政〔2022〕9号 第五十六条");
        }

        @Test
        void departmentHeadReportsToMayorSupervisingViceMayorAndOffice() {
            assertThat(chain(tripOf("hangzhou", DEPARTMENT, Scope.WITHIN_PROVINCE)))
                    .containsExactly("REPORT MAYOR", "REPORT SUPERVISING_VICE_MAYOR", "REPORT GENERAL_OFFICE");
        }

        @Test
        void theMayorsOwnTripsHaveNoArticle() {
            assertThat(tripOf("hangzhou", MAYOR, Scope.OUTSIDE_PROVINCE).chain()).isEmpty();
        }

        @Test
        void departmentHeadMissingAMayorChairedMeetingNeedsTheSecretaryGeneral() {
            assertThat(chain(evaluate("hangzhou", meeting("r", DEPARTMENT, MeetingType.PLENARY, MAYOR, "2026-06-10").build())))
                    .containsExactly("APPROVE GENERAL_OFFICE", "APPROVE SECRETARY_GENERAL");
            assertThat(chain(evaluate("hangzhou", meeting("r", DEPARTMENT, MeetingType.SPECIAL, MAYOR, "2026-06-10").build())))
                    .containsExactly("APPROVE GENERAL_OFFICE", "APPROVE SECRETARY_GENERAL");
        }

        @Test
        void departmentHeadMissingAnotherLeadersMeetingNeedsTheDeputySecretaryGeneral() {
            assertThat(chain(evaluate("hangzhou", meeting("r", DEPARTMENT, MeetingType.SPECIAL, TRANSPORT_VM, "2026-06-10").build())))
                    .containsExactly("APPROVE GENERAL_OFFICE", "APPROVE DEPUTY_SECRETARY_GENERAL");
        }

        @Test
        void leaderMissingAMayorChairedMeetingAsksTheMayor() {
            assertThat(chain(evaluate("hangzhou", meeting("r", SECRETARY, MeetingType.EXECUTIVE, MAYOR, "2026-06-10").build())))
                    .containsExactly("APPROVE MAYOR");
        }
    }

    @Nested
    class Hegang {
        @Test
        void departmentHeadOutsideTheProvinceNeedsTheViceMayorThenTheMayor() {
            Evaluation e = tripOf("hegang", DEPARTMENT, Scope.OUTSIDE_PROVINCE);
            assertThat(chain(e)).containsExactly("APPROVE SUPERVISING_VICE_MAYOR", "APPROVE MAYOR");
            assertThat(articles(e)).containsExactly("鹤政发〔2017〕2号 第五十二条（二）");
        }

        @Test
        void districtHeadInsideTheProvinceAsksTheViceMayorAndFilesWithTheOffice() {
            assertThat(chain(tripOf("hegang", DISTRICT, Scope.WITHIN_PROVINCE)))
                    .containsExactly("APPROVE SUPERVISING_VICE_MAYOR", "FILE GENERAL_OFFICE");
        }

        @Test
        void deputySecretaryGeneralAndPartyGroupMemberAskTheMayor() {
            assertThat(chain(tripOf("hegang", DEPUTY_SECRETARY, Scope.WITHIN_PROVINCE)))
                    .containsExactly("APPROVE MAYOR", "NOTIFY CITY_LEADERS");
            assertThat(chain(tripOf("hegang", PARTY_MEMBER, Scope.ABROAD)))
                    .containsExactly("APPROVE MAYOR", "NOTIFY CITY_LEADERS");
        }

        @Test
        void departmentHeadMissingAnExecutiveMeetingFollowsAProcedureTheTextDoesNotSpellOut() {
            Evaluation e = evaluate("hegang", meeting("r", DEPARTMENT, MeetingType.EXECUTIVE, MAYOR, "2026-06-10").build());
            assertThat(e.chain()).isEmpty();
            assertThat(e.findings()).extracting(f -> f.code()).containsExactly(FindingCode.RULEBOOK_INCOMPLETE);
        }
    }

    @Nested
    class Shaoxing {
        @Test
        void theMayorReportsAsTheProvincialPartyCommitteeRequires() {
            assertThat(chain(tripOf("shaoxing", MAYOR, Scope.OUTSIDE_PROVINCE)))
                    .containsExactly("REPORT PROVINCIAL_PARTY_COMMITTEE");
        }

        @Test
        void viceMayorReportsToTheMayor() {
            assertThat(chain(tripOf("shaoxing", TRANSPORT_VM, Scope.OUTSIDE_PROVINCE))).containsExactly("REPORT MAYOR");
        }

        @Test
        void departmentHeadsWrittenRequestHasNoNamedRecipientAndSaysSo() {
            Evaluation e = tripOf("shaoxing", DEPARTMENT, Scope.OUTSIDE_PROVINCE);
            assertThat(e.chain()).isEmpty();
            assertThat(e.findings()).extracting(f -> f.code()).containsExactly(FindingCode.RULEBOOK_INCOMPLETE);
        }
    }

    @Nested
    class Yueqing {
        @Test
        void everyCaseSaysTheLeaveArticlesAreMissing() {
            for (Person who : List.of(MAYOR, TRANSPORT_VM, DEPARTMENT)) {
                Evaluation e = tripOf("yueqing", who, Scope.OUTSIDE_PROVINCE);
                assertThat(e.chain()).isEmpty();
                assertThat(e.findings()).extracting(f -> f.code()).containsExactly(FindingCode.RULEBOOK_INCOMPLETE);
                assertThat(e.findings().get(0).article()).get().asString().startsWith("乐清市人民政府工作规则");
            }
        }
    }

    /** 武政〔2018〕54号 四十七: “如因特殊原因不能参加会议，必须履行请假手续” — for everyone, named approver or not. */
    @Nested
    class WuhanArticle47Everyone {
        @ParameterizedTest
        @EnumSource(MeetingType.class)
        void aDeputySecretaryGeneralMissingAMeetingHasAProcedureButNoNamedApprover(MeetingType type) {
            Evaluation e = evaluate("wuhan", meeting("r", DEPUTY_SECRETARY, type, MAYOR, "2026-06-10").build());
            assertThat(e.chain()).isEmpty();
            assertThat(e.findings()).singleElement().satisfies(f -> {
                assertThat(f.code()).isEqualTo(FindingCode.RULEBOOK_INCOMPLETE);
                assertThat(f.article()).contains("武政〔2018〕54号 四十七");
                assertThat(f.message()).contains("必须履行请假手续");
            });
        }

        @Test
        void aDepartmentHeadMissingTheMayorsBriefingMeetingHasNoNamedApprover() {
            Evaluation e = evaluate("wuhan", meeting("r", DEPARTMENT, MeetingType.MAYOR_OFFICE, MAYOR, "2026-06-10").build());
            assertThat(e.chain()).isEmpty();
            assertThat(e.findings()).extracting(f -> f.code()).containsExactly(FindingCode.RULEBOOK_INCOMPLETE);
        }

        /** 四十四: “受市人民政府领导同志委托，市人民政府副秘书长可召集和主持市人民政府专题会议”. */
        @Test
        void aSpecialMeetingConvenedByADeputySecretaryGeneralRoutesToThatConvener() {
            Evaluation e = evaluate("wuhan", meeting("r", DEPARTMENT, MeetingType.SPECIAL, DEPUTY_SECRETARY, "2026-06-10").build());
            assertThat(chain(e)).containsExactly("APPROVE MEETING_CONVENER");
            assertThat(e.findings()).isEmpty();
        }

        @Test
        void onItsOwnTheChainCheckRoutesAndTheRuleFindingsCheckWarns() {
            var ctx = cn.leavedesk.rules.Fixtures.context("wuhan",
                    meeting("r", DEPUTY_SECRETARY, MeetingType.PLENARY, MAYOR, "2026-06-10").build());
            assertThat(new ChainCheck().apply(ctx).steps()).isEmpty();
            assertThat(new RuleFindingsCheck().apply(ctx).findings()).extracting(f -> f.code())
                    .containsExactly(FindingCode.RULEBOOK_INCOMPLETE);
            var convened = cn.leavedesk.rules.Fixtures.context("wuhan",
                    meeting("r", DEPARTMENT, MeetingType.SPECIAL, DEPUTY_SECRETARY, "2026-06-10").build());
            assertThat(new ChainCheck().apply(convened).steps()).extracting(Step::party)
                    .containsExactly(cn.leavedesk.domain.Party.MEETING_CONVENER);
        }
    }

    /**
     * 离汉 / 离开本市 / 外出: one reading per rulebook (leaving the city), and the list 出访、出差、休假 read the same way
     * in Wuhan 六十七, Hangzhou 第五十六条 and Shaoxing 第五十八条: an OTHER_ABSENCE is covered like the three.
     */
    @Nested
    class OneReadingPerRulebook {
        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.CsvSource({
            "wuhan, REPORT MAYOR",
            "hangzhou, REPORT MAYOR",
            "shaoxing, REPORT MAYOR"})
        void aViceMayorsOtherAbsenceIsReportedLikeATripOrLeave(String rulebook, String first) {
            Evaluation e = evaluate(rulebook, trip("r", TRANSPORT_VM, Kind.OTHER_ABSENCE, Scope.WITHIN_PROVINCE,
                    "2026-06-10", "2026-06-12").build());
            assertThat(chain(e)).first().isEqualTo(first);
            Evaluation leave = evaluate(rulebook, trip("r", TRANSPORT_VM, Kind.LEAVE, Scope.WITHIN_PROVINCE,
                    "2026-06-10", "2026-06-12").build());
            assertThat(chain(e)).isEqualTo(chain(leave));
        }

        @Test
        void theShaoxingMayorsOtherAbsenceIsReportedAsTheProvincialPartyCommitteeRequires() {
            assertThat(chain(evaluate("shaoxing", trip("r", MAYOR, Kind.OTHER_ABSENCE, Scope.OUTSIDE_PROVINCE,
                    "2026-06-10", "2026-06-12").build()))).containsExactly("REPORT PROVINCIAL_PARTY_COMMITTEE");
        }

        @Test
        void everyRuleThatSaysLeavingTheCityLeavesOutTheCityAndNothingElse() {
            for (String id : cn.leavedesk.rules.RulebookLoader.BUILT_IN) {
                var book = cn.leavedesk.rules.RulebookLoader.builtIn(id);
                book.leavingTheCity().ifPresent(reading -> {
                    assertThat(reading.scopes()).as(id).doesNotContain(Scope.WITHIN_CITY)
                            .contains(Scope.WITHIN_PROVINCE, Scope.OUTSIDE_PROVINCE, Scope.ABROAD);
                    assertThat(reading.reading().zh()).as(id).isNotBlank();
                });
            }
        }

        @Test
        void hangzhouDepartmentHeadsGoingOutMeansLeavingTheCity() {
            assertThat(tripOf("hangzhou", DEPARTMENT, Scope.WITHIN_CITY).chain()).isEmpty();
            // the leaders' list has no 离开本市: leave inside the city is still reported beforehand
            assertThat(chain(tripOf("hangzhou", TRANSPORT_VM, Scope.WITHIN_CITY))).containsExactly("REPORT MAYOR",
                    "NOTIFY CITY_LEADERS");
        }
    }
}
