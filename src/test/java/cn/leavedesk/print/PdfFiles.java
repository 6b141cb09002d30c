package cn.leavedesk.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a produced PDF back the way a viewer would: its text, its fonts and its page sizes. */
public final class PdfFiles {
    private PdfFiles() {
    }

    /** The text of every page, spaces and line breaks removed, so that wrapped cells read as one string. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    /** Whether the first page lies on its long side. */
    public static boolean landscape(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle box = document.getPage(0).getMediaBox();
            return box.getWidth() > box.getHeight();
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** Fails unless every page is A4 (either way up) and every font on it is embedded (a subset of a TrueType font). */
    public static void assertA4WithEmbeddedFonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getMediaBox();
                float shorter = Math.min(box.getWidth(), box.getHeight());
                float longer = Math.max(box.getWidth(), box.getHeight());
                assertThat(shorter).as("short side in points").isCloseTo(PDRectangle.A4.getWidth(),
                        org.assertj.core.data.Offset.offset(0.5f));
                assertThat(longer).as("long side in points").isCloseTo(PDRectangle.A4.getHeight(),
                        org.assertj.core.data.Offset.offset(0.5f));
                List<PDFont> fonts = fonts(page.getResources());
                assertThat(fonts).as("fonts on the page").isNotEmpty();
                for (PDFont font : fonts) {
                    assertThat(font).isInstanceOf(PDType0Font.class);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2())
                            .as(font.getName() + " carries its TrueType program").isNotNull();
                    // a subset's name starts with six capitals and a plus sign (ISO 32000 9.6.4)
                    assertThat(font.getName()).as("subset font name").matches("[A-Z]{6}\\+.+");
                }
            }
        }
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
