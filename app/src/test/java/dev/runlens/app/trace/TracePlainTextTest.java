package dev.runlens.app.trace;

import dev.runlens.app.run.RunSession;
import dev.runlens.testkit.ProjectFolder;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Control and bidi characters and long texts from a bundle reach the Trace tab only as visible escapes. */
class TracePlainTextTest {
    private static final String RLO = "\u202E";
    private static final String FSI = "\u2066";

    @Test
    void anAnnotationWithBidiOverridesAndLineBreaksStaysOneLineOfPlainText(@TempDir Path dir) throws IOException {
        Path sample = ProjectFolder.sampleBundles().resolve(TraceViewModelTest.CONTRACT);
        String text = Files.readString(sample, StandardCharsets.UTF_8).replace("\"text\": \"Legal ops",
                "\"text\": \"\\u202Egnp.exe\\r\\nsecond line " + FSI + "\\u0007" + "x".repeat(5_000) + " Legal ops");
        Path file = dir.resolve("bidi.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        RunSession session = new RunSession();
        TraceViewModel model = new TraceViewModel(session, TaskExecutor.sameThread());
        session.show(new Workbench(TaskExecutor.sameThread()).inspect(file));

        model.editFilter("type:annotation gnp.exe");
        model.applyFilter();
        assertEquals(1, model.rowsProperty().get().size());
        TraceRow row = model.rowsProperty().get().get(0);
        model.select(0);
        EventDetails details = model.detailsProperty().get();

        assertTrue(row.summary().startsWith("\\u202Egnp.exe second line \\u2066\\u0007xxx"), row.summary());
        assertTrue(row.summary().length() <= Summaries.MAX + 60, "clipped: " + row.summary().length());
        for (String shown : new String[] {row.summary(), details.rawJson(), JsonTreeItem.label("text",
                ((dev.runlens.protocol.json.JsonValue.Obj) details.json()).get("text"))}) {
            assertFalse(shown.contains(RLO) || shown.contains(FSI) || shown.contains("\u0007") || shown.contains("\r"), shown);
            assertTrue(shown.contains("\\u202E"), shown);
        }
        assertTrue(details.rawJson().contains("\"text\": \"\\u202Egnp.exe\\r\\nsecond line \\u2066\\u0007xxx"),
                details.rawJson());
    }
}
