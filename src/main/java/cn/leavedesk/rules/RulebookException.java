package cn.leavedesk.rules;

import cn.leavedesk.domain.DataFileException;

/** A rulebook file that cannot be used. */
public class RulebookException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public RulebookException(String file, String path, String problem) {
        super(file, path, problem);
    }
}
