package dev.runlens.cli;

import dev.runlens.audit.Difference;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.decision.DecisionStatement;
import dev.runlens.signing.verify.DecisionReport;
import dev.runlens.workbench.TaskExecutor;
import dev.runlens.workbench.Workbench;
import dev.runlens.workbench.library.CopyComparison;
import dev.runlens.workbench.library.RunLibrary;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Tampering localisation for {@code verify-decision --library}: a decision signed over another
 * digest than the presented bundle's is compared, field by field, with the library's copy that has
 * the signed digest (the content the reviewer actually saw).
 */
final class SignedCopies implements AutoCloseable {
    static final SignedCopies NONE = new SignedCopies(null, null, null);

    private final RunLibrary library;
    private final Path bundle;
    private final String bundleSha;

    private SignedCopies(RunLibrary library, Path bundle, String bundleSha) {
        this.library = library;
        this.bundle = bundle;
        this.bundleSha = bundleSha;
    }

    static SignedCopies open(Path folder, Path bundle) {
        Workbench workbench = new Workbench(TaskExecutor.sameThread());
        String sha = workbench.verify(bundle).computedSha256();
        return new SignedCopies(RunLibrary.open(folder, workbench), bundle, sha);
    }

    /** The comparison when the decision's subject digest is not the presented bundle's; empty otherwise or when the library has no such copy. */
    Optional<CopyComparison> forDecision(DecisionReport report) {
        Optional<DecisionStatement> st = report.statement();
        if (library == null) return Optional.empty();
        if (st.isEmpty() || st.get().subjectSha256().equalsIgnoreCase(String.valueOf(bundleSha))) return Optional.empty();
        return library.compareWithSignedCopy(st.get().runId(), st.get().subjectSha256(), bundle);
    }

    static void print(CopyComparison c, PrintWriter out) {
        out.println("  signed over the library copy " + Terminal.safe(c.copy().sourcePath()) + " (sha256 " + c.copy().computedSha() + ");"
                + (c.identical() ? " no event or field differs" : " what differs in the presented bundle:"));
        c.problem().ifPresent(p -> out.println("    " + Terminal.safe(p)));
        for (Difference d : c.differences()) {
            out.println("    " + d.kind().name().toLowerCase(Locale.ROOT) + "  " + Terminal.safe(d.toString()));
        }
    }

    static JsonValue json(CopyComparison c) {
        return Json.obj().put("source", c.copy().sourcePath()).put("sha256", c.copy().computedSha())
                .put("problem", c.problem())
                .put("differences", Json.arr(c.differences(), d -> Json.obj().put("kind", d.kind().name().toLowerCase(Locale.ROOT))
                        .put("path", d.path()).put("before", d.before()).put("after", d.after()).build()))
                .build();
    }

    @Override
    public void close() {
        if (library != null) library.close();
    }
}
