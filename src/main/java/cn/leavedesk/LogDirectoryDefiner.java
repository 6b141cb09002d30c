package cn.leavedesk;

import ch.qos.logback.core.PropertyDefinerBase;

/** Hands the log folder from {@link AppPaths} to logback.xml, so the path logic lives in one place. */
public final class LogDirectoryDefiner extends PropertyDefinerBase {
    @Override
    public String getPropertyValue() {
        return AppPaths.current().logDirectory().toString();
    }
}
