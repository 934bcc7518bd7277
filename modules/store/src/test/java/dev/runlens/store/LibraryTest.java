package dev.runlens.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LibraryTest {
    @TempDir
    Path dir;

    @Test
    void freshLibraryIsAtLatestVersionInWalModeWithForeignKeys() throws Exception {
        try (Library lib = Library.open(dir)) {
            assertEquals(Migrations.standard().latest(), Migrations.current(lib.db()));
            assertEquals("wal", pragma(lib.db(), "journal_mode"));
            assertEquals("1", pragma(lib.db(), "foreign_keys"));
        }
    }

    @Test
    void openingAnOldVersionMigratesIt() throws Exception {
        List<String> first = List.of("V001__init.sql");
        try (Library old = Library.open(dir, new Migrations(first))) {
            assertEquals(1, Migrations.current(old.db()));
        }
        try (Library lib = Library.open(dir)) {
            assertEquals(Migrations.standard().latest(), Migrations.current(lib.db()));
            assertEquals("0", scalar(lib.db(), "SELECT count(*) FROM event_text"));
        }
    }

    @Test
    void aLibraryNewerThanTheCodeIsRefusedNamingTheFile() throws Exception {
        try (Library lib = Library.open(dir); Statement s = lib.db().createStatement()) {
            s.execute("INSERT INTO schema_version VALUES (99, 'V099__future.sql', 'later')");
        }
        StoreException e = assertThrows(StoreException.class, () -> Library.open(dir));
        assertTrue(e.getMessage().contains(dir.resolve("library.db").toString()), e.getMessage());
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void aFailingMigrationLeavesTheVersionUnchanged() throws Exception {
        List<String> bad = List.of("V001__init.sql", "V002__search.sql", "V001__init.sql");
        assertThrows(StoreException.class, () -> Library.open(dir, new Migrations(bad)));
        try (Connection db = Library.connect(dir.resolve(Library.DB_FILE), true)) {
            assertEquals(2, Migrations.current(db));
        }
    }

    static String pragma(Connection db, String name) throws Exception {
        return scalar(db, "PRAGMA " + name);
    }

    static String scalar(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.getString(1);
        }
    }
}
