package cn.leavedesk.print;

import java.nio.file.Path;
import java.util.List;

/** No font that can write Chinese was found where LeaveDesk looks for one; the message lists those places. */
public final class NoCjkFontException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Path> searched;

    public NoCjkFontException(List<Path> searched) {
        super("no Chinese TrueType font found; looked for " + searched);
        this.searched = List.copyOf(searched);
    }

    public List<Path> searched() {
        return searched;
    }
}
