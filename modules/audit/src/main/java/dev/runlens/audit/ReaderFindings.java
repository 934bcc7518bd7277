package dev.runlens.audit;

import dev.runlens.protocol.integrity.Finding;
import dev.runlens.protocol.integrity.VerificationReport;
import dev.runlens.protocol.json.JsonPath;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.model.Artifact;
import dev.runlens.protocol.model.ArtifactWritten;
import dev.runlens.protocol.model.RunBundle;
import dev.runlens.protocol.model.TraceEvent;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The reader's answers as findings: rejection, the integrity verdict, and every strict finding
 * under its own code. In a user export, a pointer mismatch on redacted data is graded
 * {@code REDACTED_PAYLOAD_HASH_STALE} instead of an error (the runtime's redaction keeps the hash).
 */
final class ReaderFindings implements Check {

    @Override
    public void run(AuditContext ctx, Findings out) {
        VerificationReport r = ctx.report();
        if (!r.accepted() && r.error() != null) {
            String path = r.error().path();
            boolean lineColumn = path.matches("\\d+:\\d+");
            out.add(new Findings.Draft(FindingCatalog.BUNDLE_REJECTED, r.error().code() + ": " + r.error().message(),
                    lineColumn ? null : PathText.parse(path), lineColumn ? "" : path, lineColumn ? path : "", Target.NONE));
        }
        switch (r.integrity()) {
            case MISMATCH -> out.add(FindingCatalog.INTEGRITY_MISMATCH, "integrity.sha256 is " + r.declaredSha256()
                    + " but the parsed bundle hashes to " + r.computedSha256(), JsonPath.ROOT.key("integrity").key("sha256"), Target.NONE);
            case MISSING -> out.add(FindingCatalog.INTEGRITY_MISSING, ctx.userExport()
                    ? "no integrity.sha256 (a user export made with buildUserExportBundle, which does not attach it)"
                    : "no integrity.sha256: nothing shows the content is what was exported", null, Target.NONE);
            default -> { }
        }
        Set<String> staleReported = new HashSet<>();
        for (Finding f : r.findings()) {
            FindingCatalog code = FindingCatalog.valueOf(f.code());
            JsonPath path = PathText.parse(f.path());
            Target target = target(ctx.bundle(), path);
            if (ctx.userExport() && isPointerMismatch(code) && redactedArtifact(ctx.bundle(), path)) {
                JsonPath pointer = path.parent();
                if (staleReported.add(pointer.toString())) {
                    out.add(FindingCatalog.REDACTED_PAYLOAD_HASH_STALE, "redacted data no longer matches its pointer ("
                            + f.message() + ")", pointer, target);
                }
                continue;
            }
            out.add(new Findings.Draft(code, f.message(), path, f.path(), f.location(), target));
        }
        if (ctx.userExport()) {
            out.add(FindingCatalog.USER_EXPORT, "user-profile export: no engine, model_io payloads and tool arguments/results removed"
                    + (ctx.bundle().run().metadata() instanceof JsonValue.Obj o && o.members().isEmpty()
                    ? ", run.metadata dropped" : ""), null, Target.NONE);
        }
    }

    private static boolean isPointerMismatch(FindingCatalog code) {
        return code == FindingCatalog.PAYLOAD_HASH_MISMATCH || code == FindingCatalog.BYTE_LENGTH_MISMATCH;
    }

    /** The artifact a path like {@code artifacts[2].pointer.x} or {@code trace[6].artifact.pointer.x} is in. */
    static Optional<Artifact> artifactAt(RunBundle b, JsonPath path) {
        if (b == null || path == null) return Optional.empty();
        for (JsonPath p = path; p != null && !p.isRoot(); p = p.parent()) {
            JsonPath parent = p.parent();
            if (parent == null || parent.parent() == null || !parent.parent().isRoot()) continue;
            int i = p.lastIndex();
            if ("artifacts".equals(parent.lastKey()) && i >= 0 && i < b.artifacts().size()) return Optional.of(b.artifacts().get(i));
            if ("trace".equals(parent.lastKey()) && i >= 0 && i < b.trace().size() && b.trace().get(i) instanceof ArtifactWritten w) {
                return Optional.of(w.artifact());
            }
        }
        return Optional.empty();
    }

    private static boolean redactedArtifact(RunBundle b, JsonPath path) {
        return artifactAt(b, path).flatMap(Artifact::data).map(UserExport::redacted).orElse(false);
    }

    /** The event or artifact a strict finding's path lies in. */
    static Target target(RunBundle b, JsonPath path) {
        if (b == null || path == null) return Target.NONE;
        for (JsonPath p = path; p != null && !p.isRoot(); p = p.parent()) {
            JsonPath parent = p.parent();
            if (parent != null && "trace".equals(parent.lastKey()) && parent.parent() != null && parent.parent().isRoot()
                    && p.lastIndex() >= 0 && p.lastIndex() < b.trace().size()) {
                TraceEvent e = b.trace().get(p.lastIndex());
                return Target.event(e);
            }
        }
        return artifactAt(b, path).map(a -> Target.artifact(a.artifactKey(), a.version())).orElse(Target.NONE);
    }
}
