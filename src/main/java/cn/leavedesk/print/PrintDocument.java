package cn.leavedesk.print;

import java.util.List;
import java.util.Objects;

/**
 * A printed form as blocks of text, in reading order; {@link PdfRenderer} lays them out on A4. The service decides
 * what a form says, the renderer only how it looks, so the wording is testable without a PDF.
 *
 * @param footer a {@link java.text.MessageFormat} pattern for every page's foot: {0} the page, {1} the page count
 */
public record PrintDocument(String title, List<Block> blocks, String footer, Orientation orientation) {
    public PrintDocument {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(footer, "footer");
        Objects.requireNonNull(orientation, "orientation");
    }

    /** A form on A4 portrait, the way forms are filed. */
    public PrintDocument(String title, List<Block> blocks, String footer) {
        this(title, blocks, footer, Orientation.PORTRAIT);
    }

    /** Portrait for forms; landscape for a table too wide for it. Both are A4. */
    public enum Orientation { PORTRAIT, LANDSCAPE }

    /** One part of a page. */
    public sealed interface Block permits Heading, Paragraph, Fields, Table, Signatures {
    }

    /** A line in larger type, e.g. the form's title or a section's. */
    public record Heading(String text, boolean centred) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Running text, wrapped to the page width. */
    public record Paragraph(String text, Align align) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
        }
    }

    public enum Align { LEFT, RIGHT, CENTRE }

    /** A two-column grid of labelled values, the shape of a paper form. */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    public record Field(String label, String value) {
        public Field {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A ruled table whose header row repeats on every page it runs onto.
     *
     * @param weights each column's share of the page width
     */
    public record Table(List<String> headers, List<Double> weights, List<List<String>> rows) implements Block {
        public Table {
            headers = List.copyOf(headers);
            weights = List.copyOf(weights);
            rows = rows.stream().map(List::copyOf).toList();
            if (weights.size() != headers.size()) {
                throw new IllegalArgumentException("one weight per column");
            }
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("row with " + row.size() + " cells, table has " + headers.size());
                }
            }
        }
    }

    /** Blank lines to sign on, e.g. "请假人（签字）" and "日期", two to a row. */
    public record Signatures(List<String> labels) implements Block {
        public Signatures {
            labels = List.copyOf(labels);
        }
    }
}
