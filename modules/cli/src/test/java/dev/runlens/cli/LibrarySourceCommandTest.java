package dev.runlens.cli;

import dev.runlens.report.csv.Csv;
import dev.runlens.report.csv.ReviewCsv;
import dev.runlens.store.ImportProgress;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.RunLibrary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code costs} and {@code review} over a RunLens library say what they say over the same runs as files; review exports PDF and CSV. */
class LibrarySourceCommandTest {
    private static final String SAMPLES = ProjectFolder.sampleBundles().toString();

    @TempDir
    Path dir;

    private Path library;

    @BeforeEach
    void importSamples() throws Exception {
        library = dir.resolve("lib");
        List<Path> runs;
        try (Stream<Path> s = Files.list(ProjectFolder.sampleBundles())) {
            runs = s.filter(p -> p.getFileName().toString().matches("\\d{4}-.*\\.json")).sorted().toList();
        }
        try (RunLibrary lib = RunLibrary.open(library, new Workbench(TaskExecutor.sameThread()))) {
            lib.importPaths(runs, ImportProgress.NONE, () -> false);
        }
    }

    @Test
    void costsOverALibraryEqualCostsOverTheFiles() {
        for (String[] shape : List.of(new String[] {"--by", "workflow", "--daily"}, new String[] {"--by", "model", "--weekly"})) {
            CliRun files = CliRun.of(concat(new String[] {"costs", "--csv"}, shape, SAMPLES));
            CliRun lib = CliRun.of(concat(new String[] {"costs", "--csv"}, shape, library.toString()));
            CliRun named = CliRun.of(concat(new String[] {"costs", "--csv", "--library", library.toString()}, shape));
            assertEquals(0, lib.exit(), lib.stderr());
            assertEquals(files.out(), lib.out());
            assertEquals(files.out(), named.out());
        }
    }

    @Test
    void aReviewOverALibraryEqualsTheReviewOverTheFiles() {
        CliRun files = CliRun.of("review", "--week", "2026-W41", "--json", SAMPLES);
        CliRun lib = CliRun.of("review", "--week", "2026-W41", "--json", "--library", library.toString());
        assertEquals(0, lib.exit(), lib.stderr());
        assertEquals(files.out(), lib.out());
    }

    @Test
    void reviewWritesAPdfAndACsv() throws Exception {
        Path pdf = dir.resolve("review.pdf");
        Path csv = dir.resolve("review.csv");
        CliRun run = CliRun.of("review", "--week", "2026-W41", "--pdf", pdf.toString(), "--csv", csv.toString(), library.toString());
        assertEquals(0, run.exit(), run.stderr());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("Weekly cost review 2026-W41"), text);
        assertTrue(text.contains(library.toString()), "the library is named as the data source");
        assertTrue(text.replaceAll("\\s+", "").contains("14valid"), text);
        List<List<String>> records = Csv.parse(Files.readString(csv));
        assertEquals(ReviewCsv.HEADER, records.get(0));
        assertEquals(List.of("wf_claims_triage", "wf_invoice_extraction", "wf_meeting_digest"),
                records.subList(1, records.size()).stream().map(r -> r.get(3)).distinct().toList());
    }

    @Test
    void noInputAtAllIsAUsageErrorAndAFolderWithoutALibraryIsUnusable() {
        assertEquals(64, CliRun.of("costs").exit());
        CliRun run = CliRun.of("costs", "--library", dir.resolve("nothing").toString());
        assertEquals(2, run.exit());
        assertFalse(run.stderr().isEmpty());
    }

    private static String[] concat(String[] a, String[] b, String... c) {
        return Stream.of(a, b, c).flatMap(Stream::of).toArray(String[]::new);
    }
}
