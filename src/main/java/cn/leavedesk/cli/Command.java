package cn.leavedesk.cli;

import java.util.List;

/** One sub-command of {@code leavedesk}. */
public interface Command {
    String name();

    /** One line for the usage text. */
    String synopsis();

    /**
     * @return the exit status: 0 success (or verdict OK/WARN), 1 a verdict of VIOLATION, 2 unusable input
     * @throws UsageException for unusable input; the caller prints its message as the one stderr line
     */
    int run(List<String> args, CliContext context) throws Exception;
}
