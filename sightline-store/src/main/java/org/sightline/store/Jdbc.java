package org.sightline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** The few JDBC chores every row class repeats: binding parameters and mapping rows. */
final class Jdbc {
    private Jdbc() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    static PreparedStatement prepare(Connection connection, String sql, Object... params) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            bind(statement, params);
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** Binds by Java type; nulls are bound as typed nulls so PostgreSQL accepts them too. */
    static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                statement.setNull(index, Types.VARCHAR);
            } else if (p instanceof String s) {
                statement.setString(index, s);
            } else if (p instanceof Long l) {
                statement.setLong(index, l);
            } else if (p instanceof Integer n) {
                statement.setInt(index, n);
            } else if (p instanceof Double d) {
                statement.setDouble(index, d);
            } else if (p instanceof Enum<?> e) {
                statement.setString(index, e.name());
            } else {
                throw new IllegalArgumentException("cannot bind " + p.getClass().getName());
            }
        }
    }

    static <T> List<T> list(Connection connection, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    static long longValue(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params); ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("no row from: " + sql);
            }
            return rows.getLong(1);
        }
    }

    static int update(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, params)) {
            return statement.executeUpdate();
        }
    }

    /** Inserts one row and returns its generated id; RETURNING works in SQLite 3.35+ and PostgreSQL. */
    static long insertReturningId(Connection connection, String sql, Object... params) throws SQLException {
        return longValue(connection, sql + " RETURNING id", params);
    }

    /** Reads an integer column that may be null (getLong would turn null into 0). */
    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }
}
