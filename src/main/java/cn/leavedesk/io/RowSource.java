package cn.leavedesk.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;

/** Rows of a CSV file or a worksheet, read lazily, header first. */
interface RowSource extends Closeable {
    /** The name errors should use for this file. */
    String fileName();

    Iterator<RawRow> rows() throws IOException;
}
