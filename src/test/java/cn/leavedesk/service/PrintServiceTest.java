package cn.leavedesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.calendar.CalendarLoader;
import cn.leavedesk.domain.Absence;
import cn.leavedesk.domain.Actor;
import cn.leavedesk.domain.Kind;
import cn.leavedesk.domain.Scope;
import cn.leavedesk.domain.lifecycle.DoneHow;
import cn.leavedesk.print.CjkFonts;
import cn.leavedesk.print.PdfFiles;
import cn.leavedesk.print.PdfRenderer;
import cn.leavedesk.rules.Messages;
import cn.leavedesk.store.ChainStep;
import cn.leavedesk.store.Database;
import cn.leavedesk.store.RecordNotFoundException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The printed forms from a real database under Hegang's rules, read back from the PDF bytes with PDFBox: the text a
 * reader sees, the embedded font, A4 pages.
 */
class PrintServiceTest {
    private static final Clock JUNE_20 = Clock.fixed(Instant.parse("2026-06-20T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Actor CLERK = Actor.of("张晓燕");

    @TempDir
    Path dir;
    private Database db;
    private PrintService print;
    private String tripId;

    @BeforeEach
    void hegangOfficeWithOneTrip() {
        db = ServiceFixtures.open(dir.resolve("office.db"));
        ServiceFixtures.demo(db).load();
        new SettingsService(db).save(new OfficeSettings("张晓燕", "hegang"));
        RequestService requests = new RequestService(db, new RulebookService(), CalendarLoader.standard(),
                Messages.chinese(), Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai")));
        // 高翔 (d9), a department head, to Beijing: outside the province, so two approvals under 第五十二条（二）
        Absence trip = Absence.builder(RequestService.DRAFT_ID, "d9", Kind.BUSINESS_TRIP, Scope.OUTSIDE_PROVINCE,
                        LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 12))
                .filed(LocalDate.of(2026, 6, 1)).destination("北京市发展和改革委员会").reason("参加全国招商推介会")
                .contact("13800000009").actingPerson("v1").attachments(List.of("会议通知.pdf", "日程安排.docx"))
                .build();
        tripId = requests.save(trip, CLERK).id();
        db.chains().markDone(tripId, 1, "李明", Instant.parse("2026-06-02T01:00:00Z"), DoneHow.WRITTEN, CLERK);
        db.absences().recordReturn(tripId, LocalDate.of(2026, 6, 13), CLERK);
        print = new PrintService(db, new RulebookService(), JUNE_20, Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theWrittenRequestCarriesEveryFactHegang52_3AsksFor() throws Exception {
        byte[] pdf = print.render(tripId, PrintService.Form.REQUEST);

        PdfFiles.assertA4WithEmbeddedFonts(pdf);
        String text = PdfFiles.text(pdf);
        String acting = db.people().find("v1").orElseThrow().name();
        String person = db.people().find("d9").orElseThrow().name();
        assertThat(text).contains("书面请假报告", "鹤政发〔2017〕2号", "第五十二条（三）",
                "外出人员", person + "（部门主要负责人）",
                "事由", "参加全国招商推介会",
                "出发时间", "2026年6月10日（星期三）", "返回时间", "2026年6月12日（星期五）", "共3天",
                "地点", "北京市发展和改革委员会",
                "联系方式", "13800000009",
                "外出期间主持工作的同志", acting,
                "附件（外出事由的相关文件）", "1.会议通知.pdf", "2.日程安排.docx",
                "请假人（签字）：", "审批意见", "分管副市长", "市长", "第1页，共1页");
        assertThat(text).doesNotContain("（未填写）");
    }

    @Test
    void aMissingFactIsPrintedAsMissing() throws Exception {
        Absence bare = Absence.builder("bare1", "d9", Kind.OTHER_ABSENCE, Scope.WITHIN_PROVINCE,
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1)).build();
        db.absences().insert(bare, CLERK);

        String text = PdfFiles.text(print.render("bare1", PrintService.Form.REQUEST));

        assertThat(text).contains("事由（未填写）", "地点（未填写）", "外出期间主持工作的同志（未填写）",
                "附件（外出事由的相关文件）无");
    }

    @Test
    void theFilingSheetListsTheChainWithArticleDueDayAndWhoDidIt() throws Exception {
        List<ChainStep> steps = db.chains().steps(tripId);
        assertThat(steps).hasSizeGreaterThanOrEqualTo(2);

        byte[] pdf = print.render(tripId, PrintService.Form.FILING);

        PdfFiles.assertA4WithEmbeddedFonts(pdf);
        String text = PdfFiles.text(pdf);
        assertThat(text).contains("请假报备单", "序号", "对象", "事项", "依据条款", "应办日期", "办理情况",
                "鹤政发〔2017〕2号第五十二条（二）", "2026年6月2日李明书面", "出发前（2026年6月10日）", "未办理",
                "实际返回", "2026年6月13日（星期六）", "实际出发", "未登记", "经办人（签字）：");
        for (ChainStep step : steps) {
            assertThat(text).contains(Messages.chinese().label(step.step().party()).replaceAll("\\s+", ""));
        }
    }

    @Test
    void theReturnNoticeFillsInTheActualReturnOrLeavesItToWriteIn() throws Exception {
        byte[] back = print.render(tripId, PrintService.Form.RETURN);
        PdfFiles.assertA4WithEmbeddedFonts(back);
        assertThat(PdfFiles.text(back)).contains("销假单", "原定返回时间2026年6月12日", "实际返回时间2026年6月13日",
                "共4天", "本人已于2026年6月13日（星期六）返回，现予销假。", "销假人（签字）：");

        Absence away = Absence.builder("away1", "d9", Kind.LEAVE, Scope.WITHIN_PROVINCE,
                LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 5)).build();
        db.absences().insert(away, CLERK);
        assertThat(PdfFiles.text(print.render("away1", PrintService.Form.RETURN)))
                .contains("本人已于＿＿＿＿年＿＿月＿＿日返回，现予销假。");
    }

    @Test
    void theAnnualSummaryIsTheCountsScreenInItsOrder() throws Exception {
        byte[] pdf = print.annual(2026);

        PdfFiles.assertA4WithEmbeddedFonts(pdf);
        assertThat(PdfFiles.landscape(pdf)).isTrue();
        String text = PdfFiles.text(pdf);
        assertThat(text).contains("2026年度请销假情况汇总", "姓名", "职务", "出差", "会议请假", "外出天数",
                "次数按出发日期计入年度", "部门主要负责人");
        // Hegang sets no overseas quota: no empty column, a line saying so
        assertThat(text).doesNotContain("因公出国（境）限额").contains("未规定因公出国（境）次数限额");
        AnnualCounts counts = AnnualCounts.of(new AnnualReviewService(db, new RulebookService()).year(2026));
        assertThat(counts.lines().get(0).role()).isEqualTo(cn.leavedesk.domain.Role.MAYOR);
        // names appear in the screen's order: the mayor first, department and district heads last
        int last = -1;
        for (AnnualReview.Line line : counts.lines()) {
            int at = text.indexOf(line.name().replaceAll("\\s+", ""), last + 1);
            assertThat(at).as(line.name() + " after the one before").isGreaterThan(last);
            last = at;
        }
    }

    @Test
    void underWuhanTheSummaryCarriesTheQuotaColumn() throws Exception {
        new SettingsService(db).save(new OfficeSettings("张晓燕", "wuhan"));

        String text = PdfFiles.text(print.annual(2026));

        assertThat(text).contains("因公出国（境）剩余次数", "本年", "剩余次数依据：武政〔2018〕54号")
                .doesNotContain("未规定因公出国（境）次数限额");
    }

    @Test
    void englishFormsSpeakEnglish() throws Exception {
        PrintService english = new PrintService(db, new RulebookService(), JUNE_20, Locale.ENGLISH);

        String text = PdfFiles.text(english.render(tripId, PrintService.Form.REQUEST));

        assertThat(text).contains("Writtenleaverequest", "Inchargemeanwhile", "Wednesday10June2026", "Page1of1");
    }

    @Test
    void anUnknownIdIsRefusedByName() {
        assertThatThrownBy(() -> print.render("nope", PrintService.Form.REQUEST))
                .isInstanceOf(RecordNotFoundException.class).hasMessageContaining("nope");
    }

    @Test
    void withoutAChineseFontTheRefusalSaysWhereItLooked() {
        Path missing = dir.resolve("no-such-font.ttc");
        PrintService fontless = new PrintService(db, new RulebookService(),
                new PdfRenderer(CjkFonts.at(List.of(missing))), JUNE_20, Locale.SIMPLIFIED_CHINESE);

        assertThatThrownBy(() -> fontless.render(tripId, PrintService.Form.REQUEST))
                .isInstanceOfSatisfying(PrintService.FontMissingException.class,
                        e -> assertThat(e.searched()).containsExactly(missing));
    }
}
