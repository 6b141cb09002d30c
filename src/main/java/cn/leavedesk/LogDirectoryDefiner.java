package cn.leavedesk;

import ch.qos.logback.core.PropertyDefinerBase;

/** Hands the log folder from {@link AppPaths} to logback.xml, so the path logic lives in one place. */
public final class LogDirectoryDefiner extends PropertyDefinerBase {
    /** Creates the folder first, owner-only: logback would otherwise create it readable by everyone. */
    @Override
    public String getPropertyValue() {
        AppPaths paths = AppPaths.current();
        try {
            if (!java.nio.file.Files.isDirectory(paths.home())) {
                PrivateFiles.folder(paths.home());
            }
            PrivateFiles.folder(paths.logDirectory());
        } catch (java.io.IOException e) {
            // logback reports the folder it cannot write to itself
        }
        return paths.logDirectory().toString();
    }
}
