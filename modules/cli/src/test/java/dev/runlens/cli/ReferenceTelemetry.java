package dev.runlens.cli;

import dev.runlens.testkit.ProjectFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The reference runtime's own {@code summarizeModelTelemetry}, run with {@code node} when both are
 * installed: the package at {@code $RUNLENS_REFERENCE_RUNTIME}, else
 * {@code /tmp/ref/node_modules/@llm-workbench/runtime}, else {@code sample-bundles/generator/node_modules/...}
 * (after {@code npm ci} there).
 */
final class ReferenceTelemetry {
    private static final String PACKAGE = "node_modules/@llm-workbench/runtime";

    private ReferenceTelemetry() {}

    static Optional<Path> runtime() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("RUNLENS_REFERENCE_RUNTIME");
        if (env != null && !env.isBlank()) candidates.add(Path.of(env));
        candidates.add(Path.of("/tmp/ref").resolve(PACKAGE));
        candidates.add(ProjectFolder.sampleBundles().resolve("generator").resolve(PACKAGE));
        if (!nodeWorks()) return Optional.empty();
        return candidates.stream().filter(c -> Files.isRegularFile(c.resolve("dist/index.js"))).findFirst();
    }

    private static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code JSON.stringify(summarizeModelTelemetry(parseRunBundleJson(text), {now}))} for each file, one line each. */
    static List<String> summaries(Path runtime, List<Path> files, String now, Path work) throws IOException, InterruptedException {
        Path script = work.resolve("telemetry.mjs");
        Files.writeString(script, """
                import fs from 'node:fs';
                import { pathToFileURL } from 'node:url';
                const [runtime, now, ...files] = process.argv.slice(2);
                const rt = await import(pathToFileURL(runtime + '/dist/index.js').href);
                for (const f of files) {
                  const bundle = rt.parseRunBundleJson(fs.readFileSync(f).toString('utf8'));
                  console.log(JSON.stringify(rt.summarizeModelTelemetry(bundle, { now: () => now })));
                }
                """);
        List<String> cmd = new ArrayList<>(List.of("node", script.toString(), runtime.toString(), now));
        files.forEach(f -> cmd.add(f.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IllegalStateException("node failed: " + out);
        return out.lines().toList();
    }
}
