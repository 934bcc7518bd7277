package dev.runlens.protocol.bench;

import dev.runlens.protocol.integrity.Sha256;
import dev.runlens.protocol.json.ByteSink;
import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonValue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes realistic, schema-valid protocol 1.0.0 run bundles of about a requested size, streaming:
 * a completed run of a ten-step workflow whose trace repeats step executions (step and span events,
 * an OpenAI-style model request and response, a tool call, an artifact with a correct pointer),
 * then {@code artifacts} (latest version of each key), {@code ruleSets}, {@code engine} and a
 * correct {@code integrity.sha256}. Deterministic for a seed; memory stays at one cycle of events.
 *
 * <p>The hash is computed while writing: {@code artifacts}, {@code engine}, {@code ruleSets} and
 * {@code run} are small and known before the trace (the number of cycles is fixed first, from the
 * measured size of sample cycles), so their canonical bytes go into the digest first and the trace,
 * last in canonical member order, follows event by event.
 */
public final class SyntheticBundles {
    public enum Layout { COMPACT, PRETTY }

    /** A written bundle and what a verifier must find in it. */
    public record Bundle(Path file, long bytes, String integritySha256, int cycles, int events) {}

    private static final int SAMPLE_CYCLES = 300;

    private SyntheticBundles() {}

    public static Bundle write(Path file, long targetBytes, long seed, Layout layout) throws IOException {
        SyntheticEvents events = new SyntheticEvents(seed);
        int cycles = cyclesFor(targetBytes, events, seed, layout);
        String sha;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            sha = write(events, cycles, seed, layout, sink(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Bundle(file, Files.size(file), sha, cycles, 2 + cycles * SyntheticEvents.EVENTS_PER_CYCLE);
    }

    /** A bundle of exactly {@code 2 + 8k} trace events, the nearest such count at or above {@code events}. */
    public static Bundle writeEvents(Path file, int events, long seed, Layout layout) throws IOException {
        int cycles = Math.max(1, (events - 2 + SyntheticEvents.EVENTS_PER_CYCLE - 1) / SyntheticEvents.EVENTS_PER_CYCLE);
        SyntheticEvents source = new SyntheticEvents(seed);
        String sha;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            sha = write(source, cycles, seed, layout, sink(out));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Bundle(file, Files.size(file), sha, cycles, 2 + cycles * SyntheticEvents.EVENTS_PER_CYCLE);
    }

    /** Cycles needed for about {@code targetBytes}, from the measured size of the first cycles. */
    private static int cyclesFor(long targetBytes, SyntheticEvents events, long seed, Layout layout) {
        long[] sample = {0};
        JsonOut counter = new JsonOut((b, off, len) -> sample[0] += len, layout);
        for (int i = 0; i < SAMPLE_CYCLES; i++) {
            for (JsonValue e : events.cycle(i)) {
                counter.raw(',');
                counter.newline(2);
                counter.value(e, 2);
            }
        }
        counter.flush();
        long[] fixed = {0};
        write(events, SAMPLE_CYCLES, seed, layout, (b, off, len) -> fixed[0] += len);
        long overhead = fixed[0] - sample[0];
        long perCycle = Math.max(1, sample[0] / SAMPLE_CYCLES);
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE / 16, (targetBytes - overhead) / perCycle));
    }

    /** Writes the bundle to {@code file}; returns its integrity hash. */
    private static String write(SyntheticEvents events, int cycles, long seed, Layout layout, ByteSink file) {
        JsonValue.Obj run = SyntheticWorkflow.run(events.runId(), SyntheticEvents.iso(SyntheticEvents.START_MILLIS),
                SyntheticEvents.iso(SyntheticEvents.endMillis(cycles)), seed);
        List<JsonValue> ruleSets = SyntheticWorkflow.ruleSets();
        JsonValue artifacts = latestArtifacts(events, cycles);
        JsonValue engine = SyntheticWorkflow.engine(2 + cycles * SyntheticEvents.EVENTS_PER_CYCLE);

        Sha256 sha = new Sha256();
        ascii(sha, "{\"artifacts\":");
        canonical(artifacts, sha);
        ascii(sha, ",\"engine\":");
        canonical(engine, sha);
        ascii(sha, ",\"ruleSets\":");
        canonical(JsonBuild.list(ruleSets), sha);
        ascii(sha, ",\"run\":");
        canonical(run, sha);
        ascii(sha, ",\"trace\":[");

        JsonOut out = new JsonOut(file, layout);
        out.raw('{');
        member(out, "protocolVersion", JsonBuild.of("1.0.0"), true);
        member(out, "run", run, false);
        out.raw(',');
        out.newline(1);
        out.key("trace");
        out.raw('[');
        TraceWriter trace = new TraceWriter(out, sha);
        trace.event(events.ruleChanged(ruleSets.get(0)));
        for (int i = 0; i < cycles; i++) {
            for (JsonValue e : events.cycle(i)) trace.event(e);
        }
        trace.event(events.runCompleted(cycles));
        out.newline(1);
        out.raw(']');
        ascii(sha, "]}");
        String hex = sha.hex();
        member(out, "artifacts", artifacts, false);
        member(out, "ruleSets", JsonBuild.list(ruleSets), false);
        member(out, "engine", engine, false);
        member(out, "integrity", JsonBuild.obj("sha256", hex), false);
        out.newline(0);
        out.raw('}');
        out.flush();
        return hex;
    }

    /** Each trace event to the file (as laid out) and to the digest (canonical). */
    private static final class TraceWriter {
        private final JsonOut out;
        private final Sha256 sha;
        private final CanonicalJson.Writer canonical;
        private boolean first = true;

        TraceWriter(JsonOut out, Sha256 sha) {
            this.out = out;
            this.sha = sha;
            this.canonical = CanonicalJson.writer(sha, CanonicalJson.Form.INTEGRITY);
        }

        void event(JsonValue e) {
            if (!first) {
                out.raw(',');
                canonical.raw(',');
            }
            first = false;
            out.newline(2);
            out.value(e, 2);
            canonical.value(e);
            canonical.flush();
        }
    }

    /** The latest version of every artifact key the trace wrote, by key. */
    private static JsonValue latestArtifacts(SyntheticEvents events, int cycles) {
        List<JsonValue.Obj> latest = new ArrayList<>();
        int steps = SyntheticWorkflow.STEPS.size();
        for (int k = 0; k < steps && k < cycles; k++) {
            latest.add(events.artifact(k, (cycles - k + steps - 1) / steps));
        }
        latest.sort(Comparator.comparing(a -> ((JsonValue.Str) a.get("artifactKey")).value()));
        return JsonBuild.list(latest);
    }

    private static void member(JsonOut out, String key, JsonValue value, boolean first) {
        if (!first) out.raw(',');
        out.newline(1);
        out.key(key);
        out.value(value, 1);
    }

    private static void canonical(JsonValue v, Sha256 sha) {
        CanonicalJson.write(v, CanonicalJson.Form.INTEGRITY, sha);
    }

    private static void ascii(Sha256 sha, String s) {
        byte[] b = s.getBytes(StandardCharsets.US_ASCII);
        sha.write(b, 0, b.length);
    }

    private static ByteSink sink(OutputStream out) {
        return (b, off, len) -> {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
