package cn.leavedesk.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.leavedesk.print.PrintDocument.Align;
import cn.leavedesk.print.PrintDocument.Field;
import cn.leavedesk.print.PrintDocument.Fields;
import cn.leavedesk.print.PrintDocument.Paragraph;
import cn.leavedesk.print.PrintDocument.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfRendererTest {
    private final PdfRenderer renderer = new PdfRenderer(CjkFonts.standard());

    @Test
    void aLongTableRunsOntoMorePagesWithItsHeaderOnEach() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("第" + i + "行", "市政府办公厅（室）报备"));
        }
        PrintDocument document = new PrintDocument("长表", List.of(new Table(List.of("序号", "事项"), List.of(1.0, 3.0),
                rows)), "第 {0} 页，共 {1} 页");

        byte[] pdf = renderer.render(document);

        PdfFiles.assertA4WithEmbeddedFonts(pdf);
        int pages = PdfFiles.pages(pdf);
        assertThat(pages).isGreaterThan(2);
        try (PDDocument read = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(read).replaceAll("\\s+", "");
                assertThat(text).as("page " + page).contains("序号事项", "第" + page + "页，共" + pages + "页");
            }
        }
        assertThat(PdfFiles.text(pdf)).contains("第1行", "第120行");
    }

    @Test
    void aCellTallerThanAPageContinuesOnTheNext() throws Exception {
        String longReason = "为落实市政府常务会议决定，".repeat(200);
        PrintDocument document = new PrintDocument("长文", List.of(new Fields(List.of(new Field("事由", longReason),
                new Field("地点", "北京")))), "{0}/{1}");

        byte[] pdf = renderer.render(document);

        assertThat(PdfFiles.pages(pdf)).isGreaterThan(1);
        assertThat(PdfFiles.text(pdf)).contains(longReason.replaceAll("\\s+", "").substring(0, 60), "地点北京");
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkInsteadOfFailing() throws Exception {
        // U+1F600 (an emoji) is in no Chinese text font
        PrintDocument document = new PrintDocument("表", List.of(new Paragraph("出差\uD83D\uDE00北京\t完", Align.LEFT)),
                "{0}/{1}");

        assertThat(PdfFiles.text(renderer.render(document))).contains("出差?北京完");
    }

    @Test
    void noFontAnywhereIsReportedWithThePlacesSearched(@TempDir Path dir) {
        Path none = dir.resolve("none.ttf");
        PdfRenderer fontless = new PdfRenderer(CjkFonts.at(List.of(none)));

        assertThatThrownBy(() -> fontless.render(new PrintDocument("表", List.of(), "{0}")))
                .isInstanceOfSatisfying(NoCjkFontException.class, e -> assertThat(e.searched()).containsExactly(none));
    }

    @Test
    void eachOperatingSystemHasItsPlaces() {
        assertThat(CjkFonts.candidates("Windows 11", java.util.Map.of("WINDIR", "D:\\Win"), java.util.Optional.empty()))
                .first().satisfies(c -> assertThat(c.file().toString()).contains("simsun.ttc"));
        assertThat(CjkFonts.candidates("Mac OS X", java.util.Map.of(), java.util.Optional.of("/fonts/mine.ttf")))
                .extracting(c -> c.file().toString()).startsWith("/fonts/mine.ttf")
                .anySatisfy(p -> assertThat(p).contains("STHeiti"));
        assertThat(CjkFonts.candidates("Linux", java.util.Map.of(), java.util.Optional.empty()))
                .first().satisfies(c -> assertThat(c.file().toString()).endsWith("wqy-microhei.ttc"));
    }
}
