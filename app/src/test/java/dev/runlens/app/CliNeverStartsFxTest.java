package dev.runlens.app;

import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code runlens.jar verify ...} must work on a machine without a display: {@link Main} runs the
 * CLI without loading a single JavaFX class ({@code STYLE.md} #16). Checked in a child JVM with
 * {@code -verbose:class} and no {@code DISPLAY}.
 */
class CliNeverStartsFxTest {
    private static final Pattern FX_CLASS_LOADED = Pattern.compile("\\[class,load\\] (com\\.sun\\.)?javafx\\.");

    @ParameterizedTest
    @CsvSource(textBlock = """
            verify,    corpus/p01-contract-review-completed.json, accepted   yes
            --version, ,                                          reference runtime
            """)
    void theCliRunsWithoutLoadingJavaFx(String command, String corpusFile, String expectedOutput) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        if (corpusFile != null) args.add(SharedFolder.require(corpusFile).toString());

        Result r = runMain(args);

        assertEquals(0, r.exitCode(), r.output());
        assertTrue(r.output().contains("[class,load] dev.runlens.cli.RunLensCli"), "-verbose:class output expected");
        assertTrue(r.output().contains(expectedOutput), r.output());
        assertFalse(FX_CLASS_LOADED.matcher(r.output()).find(), () -> "JavaFX was loaded:\n" + fxLines(r.output()));
    }

    private record Result(int exitCode, String output) {}

    private static Result runMain(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child JVM did not exit");
        return new Result(p.exitValue(), output);
    }

    private static String fxLines(String output) {
        return output.lines().filter(l -> FX_CLASS_LOADED.matcher(l).find()).limit(20).reduce("", (a, b) -> a + b + "\n");
    }
}
