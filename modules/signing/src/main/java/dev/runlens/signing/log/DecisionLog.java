package dev.runlens.signing.log;

import dev.runlens.signing.decision.SignedDecision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The per-run log file {@code <runId>.decisions.jsonl}: one Sigstore decision bundle per line (design B2). */
public final class DecisionLog {
    private DecisionLog() {}

    public static String fileName(String runId) {
        return runId + ".decisions.jsonl";
    }

    /** One non-blank line of the file, as bytes, with its 1-based number. */
    public record Line(int number, byte[] bytes) {}

    public static List<Line> read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int n = 1;
        for (int i = 0; i <= all.length; i++) {
            if (i == all.length || all[i] == '\n') {
                int end = i > start && all[i - 1] == '\r' ? i - 1 : i;
                byte[] line = Arrays.copyOfRange(all, start, end);
                if (!new String(line, StandardCharsets.UTF_8).isBlank()) lines.add(new Line(n, line));
                start = i + 1;
                n++;
            }
        }
        return lines;
    }

    /** Appends the decision as one line. */
    public static void append(Path file, SignedDecision d) throws IOException {
        byte[] line = d.bundle().toBytes();
        byte[] out = Arrays.copyOf(line, line.length + 1);
        out[line.length] = '\n';
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, out, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
