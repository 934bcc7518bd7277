package dev.runlens.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Numbered SQL scripts ({@code V001__init.sql}, ...) applied in order, each in its own transaction
 * together with its {@code schema_version} row. A database newer than the scripts is refused.
 */
public final class Migrations {
    private static final String FOLDER = "db/migration/";

    private final List<String> scripts;

    public Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** The scripts listed in {@code db/migration/migrations.txt}. */
    public static Migrations standard() {
        String index = resource("migrations.txt");
        return new Migrations(Arrays.stream(index.split("\n")).map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
    }

    public int latest() {
        return scripts.size();
    }

    /** Brings {@code db} to {@link #latest()}; {@code file} only names the database in errors. */
    public void apply(Connection db, Path file) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, script TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        int current = current(db);
        if (current > latest()) {
            throw new StoreException("The library " + file + " has schema version " + current
                    + ", newer than this RunLens understands (" + latest() + "): open it with a newer RunLens");
        }
        for (int v = current + 1; v <= latest(); v++) applyOne(db, v, file);
    }

    public static int current(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM schema_version")) {
            return r.getInt(1);
        }
    }

    private void applyOne(Connection db, int version, Path file) throws SQLException {
        String script = scripts.get(version - 1);
        if (!script.startsWith(String.format("V%03d__", version))) {
            throw new StoreException("Migration " + script + " is out of order: expected V" + String.format("%03d", version));
        }
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            for (String sql : statements(resource(script))) s.execute(sql);
            try (PreparedStatement p = db.prepareStatement("INSERT INTO schema_version VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, script);
                p.setString(3, Instant.now().toString());
                p.executeUpdate();
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw new StoreException("Migration " + script + " failed on " + file + ": " + e.getMessage(), e);
        } finally {
            db.setAutoCommit(auto);
        }
    }

    /** Splits a script at semicolons that end a line; comments are dropped. No triggers (no inner semicolons). */
    static List<String> statements(String script) {
        StringBuilder sb = new StringBuilder();
        for (String line : script.split("\n")) {
            if (!line.strip().startsWith("--")) sb.append(line).append('\n');
        }
        return Arrays.stream(sb.toString().split(";\\s*\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new StoreException("Missing migration resource " + FOLDER + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
