package dev.runlens.protocol;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.IntegrityVerdict;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.JsonValue;

import java.nio.file.Path;

import static dev.runlens.protocol.TestJson.get;
import static dev.runlens.protocol.TestJson.str;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Compares RunLens' report on a file with what the reference runtime said about it, in the
 * manifest format of {@code ../shared/corpus/manifest.json} (also used by {@code sample-bundles/expected.json}).
 */
public final class ReferenceAnswers {
    private ReferenceAnswers() {}

    public static VerificationReport assertMatches(Path file, JsonValue expected) {
        VerificationReport r = BundleReader.verifier().read(file).report();
        JsonValue parse = get(expected, "parse");
        boolean accepted = get(parse, "accepted") instanceof JsonValue.Bool b && b.value();
        assertEquals(str(expected, "fileSha256"), r.fileSha256(), "fileSha256");
        assertEquals(accepted, r.accepted(), () -> "accepted; our error: " + r.error());
        if (!accepted) {
            assertEquals(str(get(parse, "error"), "code"), r.error().code(), () -> "code; ours: " + r.error());
        }
        assertEquals(hashOrNull(get(expected, "canonicalSha256Parsed")), r.computedSha256(), "computedSha256");
        assertEquals(hashOrNull(get(expected, "canonicalSha256Raw")), r.rawSha256(), "rawSha256");
        assertEquals(str(expected, "declaredSha256"), r.declaredSha256(), "declaredSha256");
        assertEquals(expectedVerdict(expected), r.integrity(), "integrity verdict");
        return r;
    }

    private static String hashOrNull(JsonValue v) {
        return v instanceof JsonValue.Str s ? s.value() : null;
    }

    static IntegrityVerdict expectedVerdict(JsonValue e) {
        JsonValue v = get(e, "verifyParsed");
        if (v instanceof JsonValue.Bool b) {
            if (b.value()) return IntegrityVerdict.VALID;
            return str(e, "declaredSha256") == null ? IntegrityVerdict.MISSING : IntegrityVerdict.MISMATCH;
        }
        return IntegrityVerdict.ERROR; // threw, or not parsed
    }
}
