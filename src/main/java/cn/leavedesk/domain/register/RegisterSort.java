package cn.leavedesk.domain.register;

import java.util.Objects;

/**
 * The register's order: one column and a direction; ties are broken by departure day (newest first) and id, so
 * pages never overlap or skip a row.
 */
public record RegisterSort(Column column, Direction direction) {
    public enum Column {
        DEPART, RETURN, ID, PERSON, KIND, SCOPE, STATUS, VERDICT, OPEN_STEPS, DESTINATION, FILED, ROLE, DAYS, REASON
    }

    public enum Direction { ASCENDING, DESCENDING }

    /** Newest departure first, as the register opens. */
    public static final RegisterSort NEWEST = new RegisterSort(Column.DEPART, Direction.DESCENDING);

    public RegisterSort {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(direction, "direction");
    }

    public static RegisterSort by(Column column, Direction direction) {
        return new RegisterSort(column, direction);
    }
}
