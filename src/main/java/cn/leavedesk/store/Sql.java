package cn.leavedesk.store;

import cn.leavedesk.domain.Message;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Column conventions: dates are ISO {@code yyyy-MM-dd} text (they sort and compare correctly as text), instants are
 * ISO-8601 UTC text to the millisecond, enums are their names.
 */
final class Sql {
    private Sql() {
    }

    static String date(LocalDate value) {
        return value.toString();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return LocalDate.parse(rs.getString(column));
    }

    static Optional<LocalDate> optionalDate(ResultSet rs, String column) throws SQLException {
        return optionalText(rs, column).map(LocalDate::parse);
    }

    static String instant(Instant value) {
        return value.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Instant.parse(rs.getString(column));
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return optionalText(rs, column).map(Instant::parse);
    }

    static Optional<String> optionalText(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    static void setText(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    static void setDate(PreparedStatement ps, int index, Optional<LocalDate> value) throws SQLException {
        setText(ps, index, value.map(LocalDate::toString));
    }

    static <E extends Enum<E>> void setEnum(PreparedStatement ps, int index, Optional<E> value) throws SQLException {
        setText(ps, index, value.map(Enum::name));
    }

    /** Quotes a path for the driver's {@code backup to}/{@code restore from} commands, which have no escapes. */
    static String quotePath(java.nio.file.Path path) {
        String text = path.toAbsolutePath().toString();
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        if (!text.contains("\"")) {
            return "\"" + text + "\"";
        }
        throw new StorageFailureException("UNSUPPORTED_PATH", Message.of("store.unsupportedPath", text), null);
    }
}
