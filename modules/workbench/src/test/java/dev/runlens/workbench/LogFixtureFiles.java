package dev.runlens.workbench;

import dev.runlens.testkit.ProjectFolder;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The signing module's named log and import fixtures (design (c) 46, 47, 51: logs cut and rewritten,
 * checkpoints, decisions, later copies of the pending sample run, the trust list and its roots), used
 * as files, the way the CLI meets them.
 */
final class LogFixtureFiles {
    static final Path DIR = ProjectFolder.root().resolve("modules/signing/src/test/resources/dev/runlens/signing/logs");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-17T11:00:00Z"), ZoneOffset.UTC);

    private LogFixtureFiles() {}

    static Path file(String name) {
        return DIR.resolve(name);
    }

    /** Verify against {@code bundle} (optional) with the fixtures' trust list and roots; state in {@code dir}. */
    static GateDecisions.VerifyOptions options(Path dir, Optional<String> bundle) {
        return new GateDecisions.VerifyOptions(bundle.map(LogFixtureFiles::file), file("trust-list.dsse.json"),
                List.of(file("root-1.pub.pem"), file("root-2.pub.pem")), Optional.empty(), dir.resolve("trust-state.json"),
                "acme-prod-agents", true, Optional.empty());
    }
}
