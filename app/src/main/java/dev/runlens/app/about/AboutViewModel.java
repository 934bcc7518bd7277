package dev.runlens.app.about;

import dev.runlens.app.about.ThirdPartyLibraries.Library;
import dev.runlens.costs.catalog.CatalogFiles;
import dev.runlens.costs.catalog.Provenance;
import dev.runlens.workbench.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The About dialog: version and build, the Java and JavaFX it runs on, where this library and the
 * keys live, every third-party library shipped with its licence, and the notices for bundled data
 * (the genai-prices snapshot, the sample runs), the reference runtime RunLens follows, the Java runtime
 * and RunLens' own licence. Read on the executor; touches no control.
 */
public final class AboutViewModel {
    /** A notice: what it is about and its text (a licence, an attribution). */
    public record Notice(String title, String text) {}

    static final String RUNTIME_FACTS = "RunLens reads, verifies and replays run bundles exactly as the reference runtime "
            + "@llm-workbench/runtime 0.3.3 (npm, MIT licence) does. The protocol's facts (field names, rules, defaults, "
            + "error wording) and the validation behaviour of zod (MIT licence) were taken from the runtime and written "
            + "again in Java; no code of the runtime or of zod is included.";
    static final String SAMPLES = "The sample runs a new library starts with, and the tampered copy the \"What's here\" "
            + "panel imports, were made by driving the reference runtime @llm-workbench/runtime 0.3.3 (MIT licence). "
            + "Their business content is invented; e-mail addresses use reserved example domains; model prices are "
            + "illustrative.";

    private final TaskExecutor executor;
    private final UnaryOperator<String> systemProperty;
    private final Path libraryFolder;
    private final Path keysFolder;
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "");
    private final ReadOnlyStringWrapper build = new ReadOnlyStringWrapper(this, "build", "");
    private final ReadOnlyStringWrapper platform = new ReadOnlyStringWrapper(this, "platform", "");
    private final ReadOnlyStringWrapper installation = new ReadOnlyStringWrapper(this, "installation", "");
    private final ReadOnlyStringWrapper folders = new ReadOnlyStringWrapper(this, "folders", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ObservableList<Library> libraries = FXCollections.observableArrayList();
    private final ObservableList<Notice> notices = FXCollections.observableArrayList();
    private final ObservableList<Library> librariesView = FXCollections.unmodifiableObservableList(libraries);
    private final ObservableList<Notice> noticesView = FXCollections.unmodifiableObservableList(notices);

    /** @param systemProperty {@code System::getProperty}, or a test's own */
    public AboutViewModel(TaskExecutor executor, UnaryOperator<String> systemProperty, Path libraryFolder, Path keysFolder) {
        this.executor = executor;
        this.systemProperty = systemProperty;
        this.libraryFolder = libraryFolder;
        this.keysFolder = keysFolder;
    }

    private record Loaded(BuildInfo build, List<Library> libraries, List<Notice> notices) {}

    /** Reads the build facts, the library list and the notices. */
    public void load() {
        executor.submit(() -> new Loaded(BuildInfo.load(), ThirdPartyLibraries.load(), readNotices()), this::show,
                t -> status.set("Cannot read what this build carries: " + t.getMessage()));
    }

    private void show(Loaded l) {
        version.set("Version " + l.build().version());
        build.set("Built " + l.build().built() + " with JDK " + l.build().jdk());
        platform.set("Java " + property("java.runtime.version") + " (" + property("java.vm.vendor") + "), JavaFX "
                + property("javafx.runtime.version") + ", " + property("os.name") + " " + property("os.arch"));
        installation.set(installed()
                ? "Installed package with its own Java runtime (" + property("java.home") + ")"
                : "Running on the Java at " + property("java.home"));
        folders.set("Library: " + libraryFolder + "\nKeys: " + keysFolder);
        libraries.setAll(l.libraries());
        notices.setAll(l.notices());
        if (l.libraries().isEmpty()) status.set("This build carries no list of its libraries (built without Maven).");
    }

    /** Whether this is a jpackage installation (its launchers set {@code jpackage.app-version}). */
    private boolean installed() {
        return systemProperty.apply("jpackage.app-version") != null;
    }

    private String property(String name) {
        String v = systemProperty.apply(name);
        return v == null ? "unknown" : v;
    }

    private List<Notice> readNotices() throws IOException {
        List<Notice> out = new ArrayList<>();
        Provenance prices = CatalogFiles.bundledProvenance();
        out.add(new Notice("Model prices: " + prices.label(), "The price catalog RunLens uses by default is a snapshot of "
                + prices.dataset() + prices.version().map(v -> " " + v).orElse("") + prices.source().map(s -> " (" + s + ")").orElse("")
                + ", retrieved " + prices.retrieved().orElse("on an unknown date") + ", SHA-256 " + prices.sha256()
                + ". It is distributed under the " + prices.licence().orElse("licence below") + " licence:\n\n"
                + CatalogFiles.bundledLicence().strip()));
        out.add(new Notice("Reference runtime: @llm-workbench/runtime 0.3.3", RUNTIME_FACTS));
        out.add(new Notice("Sample runs", SAMPLES));
        out.add(new Notice("Java runtime", (installed() ? "This installation carries a Java runtime linked (jlink) from "
                : "RunLens runs on ") + property("java.vm.vendor") + " " + property("java.runtime.version")
                + ". OpenJDK and OpenJFX are licensed under the GNU General Public License, version 2, with the Classpath "
                + "Exception (GPL-2.0-only WITH Classpath-exception-2.0); the runtime's licence files are in "
                + Path.of(property("java.home"), "legal") + "."));
        out.add(new Notice("RunLens: Apache License 2.0", "The RunLens icon is part of RunLens.\n\n" + resource("LICENSE")));
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = AboutViewModel.class.getResourceAsStream(name)) {
            return in == null ? "(" + name + " is missing from this build)" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty buildProperty() {
        return build.getReadOnlyProperty();
    }

    /** Java, JavaFX and the OS this app runs on. */
    public ReadOnlyStringProperty platformProperty() {
        return platform.getReadOnlyProperty();
    }

    /** An installed package (with its own runtime) or a jar on some Java. */
    public ReadOnlyStringProperty installationProperty() {
        return installation.getReadOnlyProperty();
    }

    /** Where this library and the reviewer keys are kept. */
    public ReadOnlyStringProperty foldersProperty() {
        return folders.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Every third-party library shipped, by name; read-only. */
    public ObservableList<Library> libraries() {
        return librariesView;
    }

    public ObservableList<Notice> notices() {
        return noticesView;
    }
}
