package cn.leavedesk.rules;

/** One rule check: reads the context, returns what it found. Checks are stateless and side-effect free. */
@FunctionalInterface
public interface Check {
    CheckResult apply(CheckContext context);
}
