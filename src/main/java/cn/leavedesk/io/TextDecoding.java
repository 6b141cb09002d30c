package cn.leavedesk.io;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides how a text file's bytes are to be read, by strict decoding: a UTF-8 byte-order mark, or bytes that are
 * valid UTF-8 throughout, mean UTF-8; otherwise the file must be valid GB18030 (which reads GBK and GB2312) from
 * its first byte to its last. A file that is neither is refused, naming the line of the first bad byte.
 *
 * <p>Strict GB18030 alone would not catch a damaged UTF-8 file: UTF-8 Chinese is, byte for byte, mostly valid
 * GB18030, and would be stored garbled (孙某 read as 瀛欐煇). So a file whose multi-byte sequences are mostly
 * valid UTF-8 is taken as UTF-8 with bad bytes, and refused as such. GBK Chinese, read as UTF-8, breaks on nearly
 * every character, and only by chance forms a valid sequence.
 *
 * <p>Files are examined in fixed-size chunks, so a large file is never held in memory whole.
 */
public final class TextDecoding {
    private static final int CHUNK = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoding() {
    }

    /**
     * Decodes bytes already in memory.
     *
     * @throws UnreadableFileException naming the line of the first bad byte when the bytes are no text we read
     */
    public static DecodedText decode(byte[] bytes) {
        TextEncoding encoding = detect(bytes);
        int skip = encoding == TextEncoding.UTF_8_BOM ? BOM.length : 0;
        String text = new String(bytes, skip, bytes.length - skip, encoding.charset());
        return new DecodedText(text, encoding);
    }

    public static TextEncoding detect(byte[] bytes) {
        try {
            return detect(() -> new ByteArrayInputStream(bytes));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Reads the file (twice when it is not UTF-8) to decide its encoding. */
    public static TextEncoding detect(Path file) throws IOException {
        return detect(() -> Files.newInputStream(file));
    }

    /**
     * Opens the file for reading in its detected encoding. The file is read first to check it throughout.
     *
     * @throws UnreadableFileException naming the line of the first bad byte when the file is no text we read
     */
    public static DecodedReader open(Path file) throws IOException {
        TextEncoding encoding = detect(file);
        InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK);
        try {
            if (encoding == TextEncoding.UTF_8_BOM) {
                in.readNBytes(BOM.length);
            }
            CharsetDecoder decoder = encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            return new DecodedReader(new BufferedReader(new InputStreamReader(in, decoder), CHUNK), encoding);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private interface Opener {
        InputStream open() throws IOException;
    }

    private static TextEncoding detect(Opener opener) throws IOException {
        Utf8Scan scan = new Utf8Scan();
        boolean bom;
        try (InputStream in = opener.open()) {
            byte[] head = in.readNBytes(BOM.length);
            bom = head.length == BOM.length && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2];
            if (!bom) {
                scan.accept(head, head.length);
            }
            byte[] chunk = new byte[CHUNK];
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                scan.accept(chunk, n);
            }
            scan.finish();
        }
        if (scan.firstBadLine().isEmpty()) {
            return bom ? TextEncoding.UTF_8_BOM : TextEncoding.UTF_8;
        }
        if (bom || scan.looksLikeUtf8()) {
            throw unreadable(RowProblem.ENCODING_DAMAGED_UTF8, scan.firstBadLine().get());
        }
        Optional<Integer> gbBadLine;
        try (InputStream in = opener.open()) {
            gbBadLine = firstBadGb18030Line(in);
        }
        if (gbBadLine.isPresent()) {
            throw unreadable(RowProblem.ENCODING_UNKNOWN, gbBadLine.get());
        }
        return TextEncoding.GB18030;
    }

    private static UnreadableFileException unreadable(RowProblem problem, int line) {
        return new UnreadableFileException(problem, Optional.of(line), RowError.NO_COLUMN, null);
    }

    /** The line of the first byte sequence that is not GB18030, if any. */
    private static Optional<Integer> firstBadGb18030Line(InputStream rest) throws IOException {
        CharsetDecoder decoder = TextEncoding.GB18030.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(2 * CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        byte[] chunk = new byte[CHUNK];
        int line = 1;
        while (true) {
            int n = rest.read(chunk);
            boolean end = n < 0;
            if (!end) {
                in.put(chunk, 0, n);
            }
            in.flip();
            while (true) {
                int before = in.position();
                CoderResult result = decoder.decode(in, out, end);
                out.clear(); // only validity matters, the characters are discarded
                line += newlines(in, before, in.position());
                if (result.isError()) {
                    return Optional.of(line);
                }
                if (!result.isOverflow()) {
                    break;
                }
            }
            in.compact();
            if (end) {
                return decoder.flush(out).isError() ? Optional.of(line) : Optional.empty();
            }
        }
    }

    private static int newlines(ByteBuffer buffer, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (buffer.get(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    /**
     * A byte-level UTF-8 validator that also counts how many multi-byte characters were valid and how many
     * sequences were not, and remembers the line of the first bad one. A newline byte never occurs inside a
     * multi-byte character, in UTF-8 or in GB18030, so counting {@code \n} bytes numbers lines in both.
     */
    private static final class Utf8Scan {
        private int line = 1;
        private int need;
        private int low = 0x80;
        private int high = 0xBF;
        private long valid;
        private long malformed;
        private Optional<Integer> firstBadLine = Optional.empty();

        void accept(byte[] bytes, int length) {
            for (int i = 0; i < length; i++) {
                accept(bytes[i] & 0xFF);
            }
        }

        private void accept(int b) {
            if (need > 0) {
                if (b >= low && b <= high) {
                    need--;
                    low = 0x80;
                    high = 0xBF;
                    if (need == 0) {
                        valid++;
                    }
                    return;
                }
                bad(); // the sequence broke off; the byte may still start something valid
            }
            if (b < 0x80) {
                if (b == '\n') {
                    line++;
                }
            } else if (b >= 0xC2 && b <= 0xDF) {
                expect(1, 0x80, 0xBF);
            } else if (b == 0xE0) {
                expect(2, 0xA0, 0xBF);
            } else if (b == 0xED) {
                expect(2, 0x80, 0x9F); // no surrogates
            } else if (b >= 0xE1 && b <= 0xEF) {
                expect(2, 0x80, 0xBF);
            } else if (b == 0xF0) {
                expect(3, 0x90, 0xBF);
            } else if (b >= 0xF1 && b <= 0xF3) {
                expect(3, 0x80, 0xBF);
            } else if (b == 0xF4) {
                expect(3, 0x80, 0x8F);
            } else {
                bad();
            }
        }

        private void expect(int continuation, int firstLow, int firstHigh) {
            need = continuation;
            low = firstLow;
            high = firstHigh;
        }

        private void bad() {
            need = 0;
            low = 0x80;
            high = 0xBF;
            malformed++;
            if (firstBadLine.isEmpty()) {
                firstBadLine = Optional.of(line);
            }
        }

        void finish() {
            if (need > 0) {
                bad();
            }
        }

        Optional<Integer> firstBadLine() {
            return firstBadLine;
        }

        /** At least as many valid multi-byte characters as broken sequences: UTF-8 with damage, not GBK. */
        boolean looksLikeUtf8() {
            return valid > 0 && valid >= malformed;
        }
    }
}
