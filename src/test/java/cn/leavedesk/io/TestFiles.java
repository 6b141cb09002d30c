package cn.leavedesk.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test files the way offices produce them. */
final class TestFiles {
    static final Charset GBK = Charset.forName("GBK");
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TestFiles() {
    }

    static Path utf8(Path dir, String name, String... lines) {
        return write(dir.resolve(name), String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    static Path utf8Bom(Path dir, String name, String... lines) {
        byte[] body = String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, bytes, 0, BOM.length);
        System.arraycopy(body, 0, bytes, BOM.length, body.length);
        return write(dir.resolve(name), bytes);
    }

    static Path gbk(Path dir, String name, String... lines) {
        return write(dir.resolve(name), String.join("\r\n", lines).getBytes(GBK));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
