package dev.runlens.app.governance;

import dev.runlens.app.run.RunTab;
import dev.runlens.app.ui.FileDialogs;
import dev.runlens.costs.review.IsoWeek;
import dev.runlens.costs.review.Review;
import dev.runlens.report.Figures;
import dev.runlens.report.csv.Csv;
import dev.runlens.report.csv.ReviewCsv;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.CostSettings;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewViewModelTest {
    @TempDir
    Path dir;

    private SeededLibrary seeded;
    private ReviewViewModel model;
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        seeded = new SeededLibrary(dir, TaskExecutor.sameThread());
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> openBundle(Window owner) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> saveFile(Window owner, String title, String suggestedName, String extension) {
                asked.add(suggestedName);
                return Optional.of(dir.resolve("out").resolve(suggestedName));
            }
        };
        model = new ReviewViewModel(seeded.library, seeded.workbench, TaskExecutor.sameThread(), seeded.basis, seeded::navigate, dialogs,
                () -> null);
        model.start();
    }

    @AfterEach
    void close() {
        seeded.close();
    }

    @Test
    void theWeeksOfTheLibraryAreListedNewestFirstAndTheNewestIsReviewed() {
        assertEquals("2026-W44", model.weeks().get(0).toString());
        assertEquals("2026-W36", model.weeks().get(model.weeks().size() - 1).toString());
        assertEquals(9, model.weeks().size());
        assertEquals(model.weeks().get(0), model.reviewProperty().get().week());
    }

    @Test
    void aWeeksReviewIsTheWorkbenchsReviewOfTheSameRuns() throws Exception {
        IsoWeek w41 = IsoWeek.parse("2026-W41").orElseThrow();
        model.weekProperty().set(w41);
        Workbench wb = new Workbench(TaskExecutor.sameThread());
        Review expected = wb.review(wb.loadRuns(List.of(ProjectFolder.sampleBundles())), CostSettings.recorded(SeededLibrary.TODAY), w41,
                Optional.empty());
        assertEquals(expected, model.reviewProperty().get());
        assertEquals(expected.workflows().stream().map(w -> w.workflowId()).toList(),
                model.workflows().stream().map(ReviewRows.WorkflowRow::workflow).toList());
        for (int i = 0; i < expected.workflows().size(); i++) {
            assertEquals(Figures.money(expected.workflows().get(i).change()), model.workflows().get(i).change());
        }
        assertEquals(3, model.runs().size(), "two runs this week, one the week before");
        assertTrue(model.summaryProperty().get().contains(Figures.money(expected.costThisWeek())));
    }

    @Test
    void exportsGoWhereTheSaveDialogSays() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        model.weekProperty().set(IsoWeek.parse("2026-W41").orElseThrow());
        model.exportPdf();
        assertEquals(List.of("runlens-review-2026-W41.pdf"), asked);
        Path pdf = model.exportedProperty().get();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Weekly cost review 2026-W41"), text);
            assertTrue(text.contains(seeded.library.folder().toString()), "the library is the data source");
        }
        model.exportCsv();
        assertEquals(ReviewCsv.HEADER, Csv.parse(Files.readString(model.exportedProperty().get())).get(0));
    }

    @Test
    void aRunOfTheReviewOpensInTheRunsWorkspace() {
        model.weekProperty().set(IsoWeek.parse("2026-W41").orElseThrow());
        model.openRun(model.runs().get(0));
        assertEquals(RunTab.COSTS, seeded.navigations.get(0).tab());
        assertEquals(model.runs().get(0).bundleId(), seeded.navigations.get(0).bundleId());
    }
}
