package dev.runlens.app.about;

import dev.runlens.app.about.AboutViewModel.Notice;
import dev.runlens.costs.catalog.CatalogFiles;
import dev.runlens.costs.catalog.Provenance;
import dev.runlens.workbench.TaskExecutor;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AboutViewModelTest {
    private final Map<String, String> properties = new HashMap<>(Map.of(
            "java.runtime.version", "17.0.15+6", "java.vm.vendor", "Eclipse Adoptium", "javafx.runtime.version", "21.0.5+1",
            "os.name", "Linux", "os.arch", "amd64", "java.home", "/opt/runlens/lib/runtime"));

    private AboutViewModel loaded() {
        AboutViewModel m = new AboutViewModel(TaskExecutor.sameThread(), properties::get, Path.of("/home/u/.local/share/RunLens"),
                Path.of("/home/u/.local/share/RunLens/keys"));
        m.load();
        return m;
    }

    private static Notice notice(AboutViewModel m, String titleStart) {
        return m.notices().stream().filter(n -> n.title().startsWith(titleStart)).findFirst().orElseThrow(() -> new AssertionError(titleStart));
    }

    @Test
    void showsTheBuildsVersionAndTheJavaAndJavaFxItRunsOn() throws IOException {
        AboutViewModel m = loaded();
        Properties cli = new Properties();
        try (InputStream in = AboutViewModel.class.getResourceAsStream("/dev/runlens/cli/version.properties")) {
            cli.load(in);
        }
        assertEquals("Version " + cli.getProperty("version"), m.versionProperty().get(), "the version runlens --version prints");
        assertFalse(m.versionProperty().get().contains("${"), "the build filled the version in");
        assertTrue(m.buildProperty().get().matches("Built \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC with JDK .+"), m.buildProperty().get());
        assertEquals("Java 17.0.15+6 (Eclipse Adoptium), JavaFX 21.0.5+1, Linux amd64", m.platformProperty().get());
        assertEquals("Library: " + Path.of("/home/u/.local/share/RunLens") + "\nKeys: " + Path.of("/home/u/.local/share/RunLens/keys"),
                m.foldersProperty().get());
    }

    @Test
    void tellsAnInstalledPackageFromAJarOnSomeJava() {
        assertTrue(loaded().installationProperty().get().startsWith("Running on the Java at /opt/runlens/lib/runtime"));
        properties.put("jpackage.app-version", "0.1.0");
        AboutViewModel installed = loaded();
        assertTrue(installed.installationProperty().get().startsWith("Installed package with its own Java runtime"));
        assertTrue(notice(installed, "Java runtime").text().startsWith("This installation carries a Java runtime linked (jlink) from Eclipse Adoptium 17.0.15+6"));
    }

    @Test
    void listsTheShippedLibrariesWithTheirLicences() {
        AboutViewModel m = loaded();
        assertFalse(m.libraries().isEmpty());
        assertTrue(m.libraries().stream().allMatch(l -> !l.licence().isBlank()), "every library has a licence");
        assertTrue(m.libraries().stream().anyMatch(l -> l.artifactId().equals("javafx-controls")
                && l.licence().equals("GPL-2.0-only WITH Classpath-exception-2.0")));
        assertTrue(m.libraries().stream().anyMatch(l -> l.groupId().equals("org.bouncycastle")));
        assertTrue(m.libraries().stream().noneMatch(l -> l.groupId().equals("dev.runlens")), "RunLens' own modules are not third-party");
        assertEquals("", m.statusProperty().get());
    }

    @Test
    void attributesThePriceSnapshotWithItsLicence() {
        Provenance p = CatalogFiles.bundledProvenance();
        Notice prices = notice(loaded(), "Model prices");
        assertTrue(prices.title().contains(p.label()), prices.title());
        assertTrue(prices.text().contains(p.source().orElseThrow()) && prices.text().contains(p.sha256()), prices.text());
        assertTrue(prices.text().contains("MIT licence") && prices.text().contains("Copyright (c) Pydantic Services Inc."), prices.text());
    }

    @Test
    void namesTheReferenceRuntimeAndTheSampleRunsWithTheirLicence() {
        AboutViewModel m = loaded();
        assertTrue(notice(m, "Reference runtime").text().contains("@llm-workbench/runtime 0.3.3 (npm, MIT licence)"));
        assertTrue(notice(m, "Reference runtime").text().contains("no code of the runtime or of zod is included"));
        assertTrue(notice(m, "Sample runs").text().contains("MIT licence"));
        assertTrue(notice(m, "RunLens").text().contains("Apache License"), "RunLens' own licence text");
        assertTrue(notice(m, "RunLens").text().contains("Version 2.0"));
    }
}
