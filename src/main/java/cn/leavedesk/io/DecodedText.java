package cn.leavedesk.io;

import java.util.Objects;

/** Text read from bytes, with the encoding that was detected; the byte-order mark is never part of the text. */
public record DecodedText(String text, TextEncoding encoding) {
    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(encoding, "encoding");
    }
}
