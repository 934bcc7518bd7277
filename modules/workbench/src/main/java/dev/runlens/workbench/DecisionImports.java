package dev.runlens.workbench;

import dev.runlens.signing.ledger.DecisionImport;
import dev.runlens.signing.ledger.ImportLedger;
import dev.runlens.signing.ledger.ImportResult;
import dev.runlens.signing.trust.TrustListVerdict;
import dev.runlens.signing.verify.DecisionVerifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Importing verified gate decisions into a live run (design B11, (c) case 51): the live run's exported
 * bundle, the decision files and the trust list in; for each decision what to hand back to the runtime
 * (or why not), recorded in the import ledger so importing it again is a no-op.
 */
public final class DecisionImports {
    private final Clock clock;

    public DecisionImports(Clock clock) {
        this.clock = clock;
    }

    /**
     * The outcome of an import.
     *
     * @param requiredApprovals the trust list's policy for the live run's workflow
     * @param dryRun            nothing was recorded
     */
    public record Imported(TrustListVerdict trust, Path ledger, boolean dryRun, String runId, int requiredApprovals, List<ImportResult> results) {
        public Imported {
            results = List.copyOf(results);
        }

        /** No decision was rejected or in conflict. */
        public boolean allOk() {
            return !results.isEmpty() && results.stream().allMatch(r -> r.outcome().ok());
        }
    }

    /**
     * Imports decision files into the live run {@code o.bundle()} (required) with the trust list of {@code o},
     * recording them in {@code ledger} unless {@code dryRun}.
     *
     * @throws IllegalArgumentException the bundle, the trust list or a root key cannot be read, or no bundle is given
     * @throws IOException              a decision file or the ledger cannot be read, or the ledger cannot be written
     */
    public Imported importDecisions(GateDecisions.VerifyOptions o, Path ledger, boolean dryRun, List<Path> decisionFiles) throws IOException {
        RunBundleFacts live = GateDecisions.facts(o.bundle().orElseThrow(() -> new IllegalArgumentException("the live run's bundle is required")));
        List<DecisionImport.Input> inputs = new ArrayList<>();
        for (Path f : decisionFiles) inputs.add(new DecisionImport.Input(f.toString(), Files.readAllBytes(f)));
        TrustListVerdict trust = TrustAdmin.verifyTrustList(o.trustList(), o.roots(), o.rootThreshold(), o.stateFile(), clock.instant());
        DecisionVerifier.Builder b = DecisionVerifier.builder().trustList(trust).audience(o.audience()).bundle(live).allowGrownTrace(true);
        o.trustedTime().ifPresent(b::trustedTime);
        int required = trust.list().map(l -> l.requiredApprovals(live.workflowId())).orElse(1);
        DecisionImport importer = new DecisionImport(b.build(), live, live.gates(), required, clock.instant());
        List<ImportResult> results = dryRun ? importer.plan(ImportLedger.read(ledger), inputs).result()
                : ImportLedger.update(ledger, existing -> importer.plan(existing, inputs));
        return new Imported(trust, ledger, dryRun, live.runId(), required, results);
    }
}
