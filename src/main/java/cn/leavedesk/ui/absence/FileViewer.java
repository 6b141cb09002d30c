package cn.leavedesk.ui.absence;

import java.nio.file.Path;

/** Hands a file to the operating system's viewer (a PDF reader, an image viewer, Word or WPS). */
@FunctionalInterface
public interface FileViewer {
    void open(Path file) throws Exception;
}
