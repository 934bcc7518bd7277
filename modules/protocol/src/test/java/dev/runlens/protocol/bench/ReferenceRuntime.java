package dev.runlens.protocol.bench;

import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference runtime ({@code @llm-workbench/runtime}) driven through Node, when both are here:
 * {@code node} on PATH and the package found at {@code $RUNLENS_REFERENCE_RUNTIME}, else
 * {@code /tmp/ref/node_modules/@llm-workbench/runtime}, else
 * {@code sample-bundles/generator/node_modules/@llm-workbench/runtime} under the project root.
 */
final class ReferenceRuntime {
    private static final String PACKAGE = "node_modules/@llm-workbench/runtime";

    private final Path node;
    private final Path packageDir;
    private final Path script;

    private ReferenceRuntime(Path node, Path packageDir, Path script) {
        this.node = node;
        this.packageDir = packageDir;
        this.script = script;
    }

    /** Timings (best first is not implied), the verdict and the hash the runtime computed. */
    record Result(String runtime, String nodeVersion, List<double[]> runsMs, String verdict, String error, String computedSha256) {
        /** Fastest run: {total, read, parse, verify} in ms. */
        double[] best() {
            return runsMs.stream().min((a, b) -> Double.compare(a[0], b[0])).orElseThrow();
        }

        double medianSeconds() {
            double[] t = runsMs.stream().mapToDouble(r -> r[0]).sorted().toArray();
            return t[t.length / 2] / 1000;
        }
    }

    /** The runtime, or null with the reason printed. */
    static ReferenceRuntime locate(Path projectRoot, Path workDir) throws IOException {
        Path node = ChildProcess.onPath("node");
        if (node == null) {
            System.out.println("reference: skipped (no node on PATH)");
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("RUNLENS_REFERENCE_RUNTIME");
        if (env != null && !env.isBlank()) candidates.add(Path.of(env));
        candidates.add(Path.of("/tmp/ref").resolve(PACKAGE));
        if (projectRoot != null) candidates.add(projectRoot.resolve("sample-bundles/generator").resolve(PACKAGE));
        for (Path c : candidates) {
            if (Files.isRegularFile(c.resolve("dist/index.js"))) {
                return new ReferenceRuntime(node, c.toAbsolutePath(), extractScript(workDir));
            }
        }
        System.out.println("reference: skipped (runtime not found in " + candidates + ")");
        return null;
    }

    Path packageDir() {
        return packageDir;
    }

    Result verify(Path bundle, int repeats) throws IOException, InterruptedException {
        ChildProcess p = ChildProcess.run(List.of(node.toString(), script.toString(), packageDir.toString(),
                bundle.toAbsolutePath().toString(), Integer.toString(repeats)), 1_800);
        String line = lastLine(p.output());
        if (p.exitCode() != 0 || !line.startsWith("{")) {
            throw new IOException("reference run failed (exit " + p.exitCode() + "):\n" + p.output());
        }
        JsonValue.Obj o;
        try {
            o = (JsonValue.Obj) JsonReader.hardened().read(line.getBytes(java.nio.charset.StandardCharsets.UTF_8)).value();
        } catch (dev.runlens.protocol.json.JsonReadException e) {
            throw new IOException("unreadable reference output: " + line, e);
        }
        List<double[]> runs = new ArrayList<>();
        for (JsonValue r : ((JsonValue.Arr) o.get("runs")).items()) {
            JsonValue.Obj run = (JsonValue.Obj) r;
            runs.add(new double[] {num(run, "totalMs"), num(run, "readMs"), num(run, "parseMs"), num(run, "verifyMs")});
        }
        JsonValue error = o.get("error");
        return new Result(str(o, "runtime"), str(o, "node"), runs, str(o, "verdict"),
                error instanceof JsonValue.Obj e ? str(e, "code") + ": " + str(e, "message") : null, str(o, "computedSha256"));
    }

    private static Path extractScript(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path target = workDir.resolve("reference-verify.mjs");
        try (InputStream in = ReferenceRuntime.class.getResourceAsStream("/bench/reference-verify.mjs")) {
            if (in == null) throw new IOException("bench/reference-verify.mjs is not on the test class path");
            Files.write(target, in.readAllBytes());
        }
        return target;
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        return lines[lines.length - 1].strip();
    }

    private static double num(JsonValue.Obj o, String k) {
        return ((JsonValue.Num) o.get(k)).value();
    }

    private static String str(JsonValue.Obj o, String k) {
        return o.get(k) instanceof JsonValue.Str s ? s.value() : null;
    }
}
