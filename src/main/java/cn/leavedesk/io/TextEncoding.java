package cn.leavedesk.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** The encodings an office's CSV files actually arrive in. */
public enum TextEncoding {
    /** UTF-8 preceded by a byte-order mark, as Excel's "CSV UTF-8" saves it. */
    UTF_8_BOM(StandardCharsets.UTF_8),
    /** UTF-8 without a byte-order mark (also covers pure ASCII). */
    UTF_8(StandardCharsets.UTF_8),
    /** GBK as Excel on Chinese Windows saves "CSV"; decoded as GB18030, its superset. */
    GB18030(Charset.forName("GB18030"));

    private final Charset charset;

    TextEncoding(Charset charset) {
        this.charset = charset;
    }

    public Charset charset() {
        return charset;
    }
}
