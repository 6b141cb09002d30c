package cn.leavedesk.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of work on the connection; the {@link Database} supplies the connection, the lock and the transaction. */
@FunctionalInterface
interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
