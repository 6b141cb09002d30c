package cn.leavedesk.io;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.BufferedReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides how a text file's bytes are to be read: a UTF-8 byte-order mark wins; otherwise bytes that are
 * entirely valid UTF-8 are UTF-8; anything else is taken as GB18030, which reads GBK and GB2312 files too.
 *
 * <p>Files are examined in fixed-size chunks, so a large file is never held in memory whole.
 */
public final class TextDecoding {
    private static final int CHUNK = 64 * 1024;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TextDecoding() {
    }

    /** Decodes bytes already in memory. */
    public static DecodedText decode(byte[] bytes) {
        TextEncoding encoding = detect(bytes);
        int skip = encoding == TextEncoding.UTF_8_BOM ? BOM.length : 0;
        String text = new String(bytes, skip, bytes.length - skip, encoding.charset());
        return new DecodedText(text, encoding);
    }

    public static TextEncoding detect(byte[] bytes) {
        try {
            return detect(new ByteArrayInputStream(bytes));
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Reads the file once to decide its encoding. */
    public static TextEncoding detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in);
        }
    }

    /**
     * Opens the file for reading in its detected encoding. The file is read twice: once to check that it is
     * valid UTF-8 throughout, once to decode it.
     */
    public static DecodedReader open(Path file) throws IOException {
        TextEncoding encoding = detect(file);
        InputStream in = new BufferedInputStream(Files.newInputStream(file), CHUNK);
        try {
            if (encoding == TextEncoding.UTF_8_BOM) {
                in.readNBytes(BOM.length);
            }
            CharsetDecoder decoder = encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new DecodedReader(new BufferedReader(new InputStreamReader(in, decoder), CHUNK), encoding);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static TextEncoding detect(InputStream in) throws IOException {
        byte[] head = in.readNBytes(BOM.length);
        if (head.length == BOM.length && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2]) {
            return TextEncoding.UTF_8_BOM;
        }
        return isValidUtf8(head, in) ? TextEncoding.UTF_8 : TextEncoding.GB18030;
    }

    private static boolean isValidUtf8(byte[] head, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK + BOM.length);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        in.put(head);
        byte[] chunk = new byte[CHUNK];
        while (true) {
            int n = rest.read(chunk);
            boolean end = n < 0;
            if (!end) {
                in.put(chunk, 0, n);
            }
            in.flip();
            CoderResult result = decodeAll(decoder, in, out, end);
            if (result.isError()) {
                return false;
            }
            in.compact();
            if (end) {
                out.clear();
                return !decoder.flush(out).isError();
            }
        }
    }

    private static CoderResult decodeAll(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end) {
        while (true) {
            CoderResult result = decoder.decode(in, out, end);
            out.clear(); // only validity matters, the characters are discarded
            if (!result.isOverflow()) {
                return result;
            }
        }
    }
}
