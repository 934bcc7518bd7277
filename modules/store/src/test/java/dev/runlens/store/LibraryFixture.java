package dev.runlens.store;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;

import java.nio.file.Path;
import java.util.List;

/** The 14 realistic samples, plus a tampered copy with a strict error and a file that is not JSON. */
final class LibraryFixture {
    static final String TAMPERED = "duplicate-key-gate-decision.json";
    static final String NOT_JSON = "not-json.json";

    private LibraryFixture() {}

    static Library importAll(Path dir) {
        Library lib = Library.open(dir);
        new Importer(lib).importAll(Samples.bundles(), ImportProgress.NONE, () -> false);
        new Importer(lib).importAll(List.of(Samples.negative(TAMPERED), Samples.negative(NOT_JSON)), ImportProgress.NONE,
                () -> false);
        return lib;
    }

    static RunBundle model(Path file) {
        return BundleModel.of(BundleReader.loader().read(file));
    }
}
