package cn.leavedesk.io;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Looks through an .xlsx file before the spreadsheet reader sees it, so that a hostile or broken file is refused
 * in seconds with one line instead of exhausting memory inside the reader: a DOCTYPE or entity anywhere, more
 * than {@link #MAX_UNPACKED_MB} MB unpacked (counted as read, never trusted from the zip headers), a row number
 * or cell reference outside Excel's grid, and a numeric cell that is not a plain, bounded number (NaN, INF,
 * text, {@code 1E+999999999}).
 */
final class XlsxGuard {
    static final int MAX_UNPACKED_MB = 100;
    private static final long MAX_UNPACKED = MAX_UNPACKED_MB * 1024L * 1024L;
    private static final int MAX_ENTRIES = 10_000;
    static final int MAX_ROW = 1_048_576;
    static final int MAX_COLUMN = 16_384;
    private static final int MAX_NUMBER_LENGTH = 64;
    /** Doubles reach about 1.8E308; Excel shows 15 digits. Anything further out is no number a clerk typed. */
    private static final int MAX_EXPONENT = 308;
    private static final Pattern CELL_REFERENCE = Pattern.compile("([A-Z]{1,3})([0-9]{1,7})");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE]([+-]?\\d{1,4}))?");

    private XlsxGuard() {
    }

    /** @throws UnreadableFileException naming the problem, and the row and column where known */
    static void check(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Budget budget = new Budget();
            int entries = 0;
            for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
                ZipEntry entry = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw new UnreadableFileException(RowProblem.XLSX_TOO_LARGE, null, MAX_UNPACKED_MB);
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (entry.isDirectory() || !(name.endsWith(".xml") || name.endsWith(".rels"))) {
                    continue;
                }
                try (InputStream in = new Counted(zip.getInputStream(entry), budget)) {
                    scan(in, name.startsWith("xl/worksheets/"), budget);
                }
            }
        } catch (TooLarge e) {
            throw new UnreadableFileException(RowProblem.XLSX_TOO_LARGE, e, MAX_UNPACKED_MB);
        } catch (IOException e) {
            throw new UnreadableFileException(RowProblem.XLSX_INVALID, e);
        }
    }

    private static void scan(InputStream in, boolean worksheet, Budget budget) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader xml = null;
        Sheet sheet = new Sheet();
        try {
            xml = factory.createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE
                        || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    throw new UnreadableFileException(RowProblem.XLSX_DOCTYPE, null);
                }
                if (worksheet) {
                    sheet.on(xml, event);
                }
            }
        } catch (XMLStreamException e) {
            if (budget.exceeded()) { // however the XML parser wrapped our refusal
                throw new UnreadableFileException(RowProblem.XLSX_TOO_LARGE, null, MAX_UNPACKED_MB);
            }
            // an undeclared entity is how a DOCTYPE-less entity attack shows up
            boolean entity = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("entit");
            throw new UnreadableFileException(entity ? RowProblem.XLSX_DOCTYPE : RowProblem.XLSX_DAMAGED,
                    sheet.row, RowError.NO_COLUMN, e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader we are abandoning anyway
                }
            }
        }
    }

    /** Follows rows and cells of a worksheet: {@code <row r>}, {@code <c r t>}, {@code <v>}. */
    private static final class Sheet {
        Optional<Integer> row = Optional.empty();
        private String cell = RowError.NO_COLUMN;
        private boolean numeric;
        /** The start of a numeric cell's value, kept short: a value longer than any number is refused anyway. */
        private Optional<StringBuilder> value = Optional.empty();

        void on(XMLStreamReader xml, int event) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> row(xml.getAttributeValue(null, "r"));
                    case "c" -> cell(xml.getAttributeValue(null, "r"), xml.getAttributeValue(null, "t"));
                    case "v" -> value = numeric ? Optional.of(new StringBuilder()) : Optional.empty();
                    default -> {
                    }
                }
            } else if (value.isPresent() && (event == XMLStreamConstants.CHARACTERS
                    || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
                StringBuilder text = value.get();
                int room = MAX_NUMBER_LENGTH + 2 - text.length();
                if (room > 0) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), Math.min(room, xml.getTextLength()));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && value.isPresent()
                    && xml.getLocalName().equals("v")) {
                number(value.get().toString().strip());
                value = Optional.empty();
            }
        }

        private void row(String r) {
            cell = RowError.NO_COLUMN;
            if (r == null) {
                row = row.map(n -> n + 1);
                return;
            }
            String value = r.strip();
            if (!value.matches("[0-9]{1,7}") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > MAX_ROW) {
                throw new UnreadableFileException(RowProblem.XLSX_ROW_NUMBER, row.map(n -> n + 1), RowError.NO_COLUMN,
                        null, shortened(value));
            }
            row = Optional.of(Integer.parseInt(value));
        }

        private void cell(String r, String type) {
            numeric = type == null || type.equals("n");
            if (r == null) {
                return;
            }
            Matcher m = CELL_REFERENCE.matcher(r.strip());
            if (!m.matches() || columnNumber(m.group(1)) > MAX_COLUMN || Integer.parseInt(m.group(2)) < 1
                    || Integer.parseInt(m.group(2)) > MAX_ROW) {
                throw new UnreadableFileException(RowProblem.XLSX_CELL_REFERENCE, row, RowError.NO_COLUMN, null,
                        shortened(r));
            }
            cell = m.group(1);
        }

        private void number(String text) {
            Matcher m = NUMBER.matcher(text);
            boolean ok = text.length() <= MAX_NUMBER_LENGTH && m.matches()
                    && (m.group(1) == null || Math.abs(Integer.parseInt(m.group(1))) <= MAX_EXPONENT);
            if (!ok) {
                throw new UnreadableFileException(RowProblem.XLSX_NUMBER, row, cell, null, shortened(text));
            }
        }

        private static int columnNumber(String letters) {
            int n = 0;
            for (char c : letters.toCharArray()) {
                n = n * 26 + (c - 'A' + 1);
            }
            return n;
        }
    }

    /** Values from a hostile file are quoted in messages, but never at length. */
    private static String shortened(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }

    private static final class Budget {
        long read;

        boolean exceeded() {
            return read > MAX_UNPACKED;
        }
    }

    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Counts unpacked bytes across all entries and stops at the limit, whatever the zip headers claim. */
    private static final class Counted extends FilterInputStream {
        private final Budget budget;

        Counted(InputStream in, Budget budget) {
            super(in);
            this.budget = budget;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                spend(1);
            }
            return b;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = super.read(bytes, offset, length);
            if (n > 0) {
                spend(n);
            }
            return n;
        }

        private void spend(int n) throws TooLarge {
            budget.read += n;
            if (budget.read > MAX_UNPACKED) {
                throw new TooLarge();
            }
        }
    }
}
