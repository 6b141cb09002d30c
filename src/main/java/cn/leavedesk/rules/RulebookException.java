package cn.leavedesk.rules;

import cn.leavedesk.domain.DataFileException;
import cn.leavedesk.domain.Message;

/** A rulebook file that cannot be used; the problem is worded in the reader's language. */
public class RulebookException extends DataFileException {
    private static final long serialVersionUID = 1L;

    public RulebookException(String file, String path, Message problem) {
        super(file, path, problem);
    }
}
