package cn.leavedesk.io;

import java.util.List;

/** A column an import file may carry, known by its English code or any of its Chinese names. */
interface ImportColumn {
    /** The English header, e.g. {@code term_start}. */
    String code();

    /** Chinese headers; the first is the one messages use. */
    List<String> chineseNames();

    /** Whether a file without this column is refused outright. */
    boolean requiredInHeader();

    default String displayName() {
        return chineseNames().get(0) + "（" + code() + "）";
    }
}
