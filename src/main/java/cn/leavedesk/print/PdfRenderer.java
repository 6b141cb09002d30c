package cn.leavedesk.print;

import cn.leavedesk.print.PrintDocument.Align;
import cn.leavedesk.print.PrintDocument.Block;
import cn.leavedesk.print.PrintDocument.Field;
import cn.leavedesk.print.PrintDocument.Fields;
import cn.leavedesk.print.PrintDocument.Heading;
import cn.leavedesk.print.PrintDocument.Paragraph;
import cn.leavedesk.print.PrintDocument.Signatures;
import cn.leavedesk.print.PrintDocument.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays a {@link PrintDocument} out on A4 pages (portrait, or landscape for a wide table) with the Chinese font embedded: 20 mm side margins, ruled
 * grids like the paper forms offices fill in, a page number at the foot. Text that does not fit a cell wraps
 * (Chinese breaks between any two characters); a row taller than what is left of a page continues on the next.
 */
public final class PdfRenderer {
    static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN_X = 56.7f;
    private static final float MARGIN_TOP = 60f;
    private static final float MARGIN_BOTTOM = 60f;
    private static final float TITLE = 18f;
    private static final float HEADING = 13f;
    private static final float BODY = 11f;
    private static final float CELL = 10.5f;
    private static final float FOOT = 9f;
    private static final float LEADING = 1.5f;
    private static final float PAD = 5f;
    private static final float GAP = 10f;
    private static final float LABEL_SHARE = 0.28f;
    private static final float SHADE = 0.93f;
    /** Characters that must not begin a line (closing punctuation stays with the text before it). */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕,.;:?!)%";
    /** Characters that must not end a line (an opening bracket goes down with what it opens). */
    private static final String NO_LINE_END = "（《「『【〔(";

    private final CjkFonts fonts;

    public PdfRenderer(CjkFonts fonts) {
        this.fonts = Objects.requireNonNull(fonts, "fonts");
    }

    /** The document as the bytes of a PDF file. */
    public byte[] render(PrintDocument document) throws NoCjkFontException, IOException {
        try (PDDocument pdf = new PDDocument()) {
            try (CjkFonts.LoadedFont loaded = fonts.load(pdf)) {
                PDRectangle size = document.orientation() == PrintDocument.Orientation.LANDSCAPE
                        ? new PDRectangle(PAGE.getHeight(), PAGE.getWidth()) : PAGE;
                Layout layout = new Layout(pdf, loaded.font(), size);
                layout.heading(document.title(), TITLE, true);
                for (Block block : document.blocks()) {
                    layout.gap();
                    layout.block(block);
                }
                layout.finish(document.footer());
                pdf.getDocumentInformation().setTitle(document.title());
                pdf.getDocumentInformation().setCreator("LeaveDesk");
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                pdf.save(out);
                return out.toByteArray();
            }
        }
    }

    /** The pen: the page being written, the stream onto it and how far down it has got. */
    private static final class Layout {
        private final PDDocument pdf;
        private final PDType0Font font;
        private final Map<Integer, Boolean> printable = new HashMap<>();
        private final PDRectangle size;
        private final float width;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument pdf, PDType0Font font, PDRectangle size) throws IOException {
            this.pdf = pdf;
            this.font = font;
            this.size = size;
            this.width = size.getWidth() - 2 * MARGIN_X;
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(size);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            stream.setLineWidth(0.6f);
            y = size.getHeight() - MARGIN_TOP;
        }

        void gap() {
            y -= GAP;
        }

        void block(Block block) throws IOException {
            if (block instanceof Heading h) {
                heading(h.text(), HEADING, h.centred());
            } else if (block instanceof Paragraph p) {
                paragraph(p.text(), p.align());
            } else if (block instanceof Fields f) {
                fields(f.fields());
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof Signatures s) {
                signatures(s.labels());
            }
        }

        void heading(String text, float size, boolean centred) throws IOException {
            for (String line : wrap(text, width, size)) {
                ensure(size * LEADING);
                float x = centred ? MARGIN_X + (width - textWidth(line, size)) / 2 : MARGIN_X;
                y -= size * LEADING;
                write(line, x, y + size * (LEADING - 1) / 2 + size * 0.15f, size);
            }
        }

        private void paragraph(String text, Align align) throws IOException {
            for (String line : wrap(text, width, BODY)) {
                ensure(BODY * LEADING);
                float x = switch (align) {
                    case LEFT -> MARGIN_X;
                    case RIGHT -> MARGIN_X + width - textWidth(line, BODY);
                    case CENTRE -> MARGIN_X + (width - textWidth(line, BODY)) / 2;
                };
                y -= BODY * LEADING;
                write(line, x, y + BODY * (LEADING - 1) / 2 + BODY * 0.15f, BODY);
            }
        }

        private void fields(List<Field> fields) throws IOException {
            float[] widths = {width * LABEL_SHARE, width * (1 - LABEL_SHARE)};
            for (Field field : fields) {
                row(List.of(field.label(), field.value()), widths, BODY, new boolean[] {true, false}, () -> { });
            }
        }

        private void table(Table table) throws IOException {
            double total = table.weights().stream().mapToDouble(Double::doubleValue).sum();
            float[] widths = new float[table.headers().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = (float) (width * table.weights().get(i) / total);
            }
            boolean[] shaded = new boolean[widths.length];
            java.util.Arrays.fill(shaded, true);
            boolean[] plain = new boolean[widths.length];
            PageStart header = () -> row(table.headers(), widths, CELL, shaded, () -> { });
            header.draw();
            for (List<String> cells : table.rows()) {
                row(cells, widths, CELL, plain, header);
            }
        }

        private void signatures(List<String> labels) throws IOException {
            float column = width / 2;
            float rowHeight = BODY * 3f;
            for (int i = 0; i < labels.size(); i += 2) {
                ensure(rowHeight);
                y -= rowHeight;
                for (int j = i; j < Math.min(i + 2, labels.size()); j++) {
                    float x = MARGIN_X + (j - i) * column;
                    String label = labels.get(j);
                    write(label, x, y + 3, BODY);
                    float lineStart = x + textWidth(label, BODY) + 4;
                    stream.moveTo(lineStart, y + 1);
                    stream.lineTo(x + column - 16, y + 1);
                    stream.stroke();
                }
            }
        }

        /** What to draw again at the top of a new page (a table's header row). */
        @FunctionalInterface
        private interface PageStart {
            void draw() throws IOException;
        }

        /**
         * One ruled row of cells side by side. When the rest of the page cannot hold it, the lines that fit are
         * drawn and the others continue on a new page, after {@code onNewPage} has drawn what repeats there.
         */
        private void row(List<String> cells, float[] widths, float size, boolean[] shaded, PageStart onNewPage)
                throws IOException {
            float lineHeight = size * LEADING;
            List<List<String>> lines = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                lines.add(wrap(cells.get(i), widths[i] - 2 * PAD, size));
            }
            int done = 0;
            int tallest = lines.stream().mapToInt(List::size).max().orElse(1);
            while (done < tallest) {
                int fit = (int) Math.floor((y - MARGIN_BOTTOM - 2 * PAD) / lineHeight);
                if (fit < 1 || (done == 0 && fit < Math.min(tallest, 3))) {
                    newPage();
                    onNewPage.draw();
                    continue;
                }
                int take = Math.min(fit, tallest - done);
                float height = take * lineHeight + 2 * PAD;
                float x = MARGIN_X;
                for (int i = 0; i < cells.size(); i++) {
                    if (shaded[i]) {
                        stream.setNonStrokingColor(SHADE);
                        stream.addRect(x, y - height, widths[i], height);
                        stream.fill();
                        stream.setNonStrokingColor(0f);
                    }
                    stream.addRect(x, y - height, widths[i], height);
                    stream.stroke();
                    List<String> cell = lines.get(i);
                    for (int k = done; k < Math.min(done + take, cell.size()); k++) {
                        float baseline = y - PAD - (k - done + 1) * lineHeight + size * (LEADING - 1) / 2
                                + size * 0.15f;
                        write(cell.get(k), x + PAD, baseline, size);
                    }
                    x += widths[i];
                }
                y -= height;
                done += take;
            }
        }

        private void ensure(float height) throws IOException {
            if (y - height < MARGIN_BOTTOM) {
                newPage();
            }
        }

        /** Closes the last page and writes "page n of m" at the foot of each. */
        void finish(String footer) throws IOException {
            stream.close();
            int count = pdf.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(pdf, pdf.getPage(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream = foot;
                    String text = new MessageFormat(footer).format(new Object[] {i + 1, count});
                    write(text, MARGIN_X + (width - textWidth(text, FOOT)) / 2, MARGIN_BOTTOM / 2, FOOT);
                }
            }
        }

        private void write(String text, float x, float baseline, float size) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(printable(text));
            stream.endText();
        }

        private float textWidth(String text, float size) throws IOException {
            return font.getStringWidth(printable(text)) / 1000f * size;
        }

        /**
         * Greedy wrapping by width. Chinese may break anywhere; a Latin word is moved whole to the next line when a
         * space allows it; closing punctuation never starts a line. Line breaks in the text are kept.
         */
        private List<String> wrap(String text, float max, float size) throws IOException {
            List<String> result = new ArrayList<>();
            for (String paragraph : text.split("\r?\n", -1)) {
                StringBuilder line = new StringBuilder();
                int[] points = paragraph.codePoints().toArray();
                for (int cp : points) {
                    String next = line + new String(Character.toChars(cp));
                    boolean closing = NO_LINE_START.indexOf(cp) >= 0;
                    if (closing && line.codePointCount(0, line.length()) > 1 && textWidth(next, size) > max) {
                        // closing punctuation may not begin a line: the character before it goes down with it
                        int last = line.offsetByCodePoints(line.length(), -1);
                        result.add(line.substring(0, last));
                        line = new StringBuilder(line.substring(last));
                        line.appendCodePoint(cp);
                        continue;
                    }
                    if (line.length() > 0 && !closing && textWidth(next, size) > max) {
                        int space = line.lastIndexOf(" ");
                        if (cp != ' ' && Character.isLetterOrDigit(cp) && cp < 0x2E80 && space > 0
                                && space > line.length() / 2) {
                            result.add(line.substring(0, space));
                            line = new StringBuilder(line.substring(space + 1));
                        } else if (line.codePointCount(0, line.length()) > 1
                                && NO_LINE_END.indexOf(line.codePointBefore(line.length())) >= 0) {
                            int last = line.offsetByCodePoints(line.length(), -1);
                            result.add(line.substring(0, last));
                            line = new StringBuilder(line.substring(last));
                        } else {
                            result.add(line.toString());
                            line = new StringBuilder();
                        }
                        if (cp == ' ') {
                            continue;
                        }
                    }
                    line.appendCodePoint(cp);
                }
                result.add(line.toString());
            }
            return result;
        }

        /** Control characters become spaces; a character the font cannot draw becomes "?" rather than failing. */
        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (printable.computeIfAbsent(cp, this::drawable)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean drawable(int codePoint) {
            try {
                font.encode(new String(Character.toChars(codePoint)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
