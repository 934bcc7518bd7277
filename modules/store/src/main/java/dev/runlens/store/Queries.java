package dev.runlens.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Small JDBC helpers: parameters bound in order, failures as {@link StoreException}. */
final class Queries {
    private Queries() {}

    interface Row<T> {
        T read(ResultSet r) throws SQLException;
    }

    static <T> List<T> list(Connection db, String sql, Row<T> row, Object... args) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            List<T> out = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) out.add(row.read(r));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Query failed: " + e.getMessage(), e);
        }
    }

    static int count(Connection db, String sql, Object... args) {
        return list(db, sql, r -> r.getInt(1), args).get(0);
    }

    static void update(Connection db, String sql, Object... args) {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) p.setObject(i + 1, args[i]);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Update failed: " + e.getMessage(), e);
        }
    }

    static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }

    static Integer nullableInt(ResultSet r, int column) throws SQLException {
        int v = r.getInt(column);
        return r.wasNull() ? null : v;
    }

    static Double nullableDouble(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }
}
