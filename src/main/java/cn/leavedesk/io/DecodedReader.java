package cn.leavedesk.io;

import java.io.IOException;
import java.io.Reader;
import java.util.Objects;

/** A reader positioned after any byte-order mark, and the encoding it decodes. Closing it closes the file. */
public record DecodedReader(Reader reader, TextEncoding encoding) implements AutoCloseable {
    public DecodedReader {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(encoding, "encoding");
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
