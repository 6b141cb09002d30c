package cn.leavedesk.io;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses text with a line longer than {@link #MAX_LINE} characters, so that a hostile CSV of one endless cell
 * cannot make the parser build a string of gigabytes. Real registers have lines of a few hundred characters.
 */
final class BoundedLines extends FilterReader {
    static final int MAX_LINE = 1_000_000;

    /** Thrown through the CSV parser, which wraps it; the line is where the long one starts. */
    static final class LineTooLong extends IOException {
        private static final long serialVersionUID = 1L;
        private final int line;

        LineTooLong(int line) {
            super("line " + line + " is longer than " + MAX_LINE + " characters");
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private int line = 1;
    private int length;

    BoundedLines(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            count(buffer[offset + i]);
        }
        return n;
    }

    private void count(char c) throws LineTooLong {
        if (c == '\n') {
            line++;
            length = 0;
        } else if (++length > MAX_LINE) {
            throw new LineTooLong(line);
        }
    }
}
