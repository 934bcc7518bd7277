package dev.runlens.audit;

import dev.runlens.protocol.model.RunBundle;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus' tampered / re-serialised variants of {@code p16} (their manifest descriptions say
 * what was done): what the audit says about each, and where {@link Auditor#compare} localises the
 * change against the original.
 */
class TamperedCorpusTest {
    private static final String BASE = "p16-support-triage-rejected-cancelled.json";

    private static RunBundle corpus(String name) {
        return TestFiles.model(SharedFolder.require("corpus/" + name));
    }

    /** Each tampering shows in the findings: the code most specific to it. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            v-tampered-artifact-data-integrity-recomputed.json, ARTIFACT_SNAPSHOT_DIFFERS
            v-tampered-artifact-data-payloadhash-kept.json,     PAYLOAD_HASH_MISMATCH
            v-tampered-cost-digit.json,                         INTEGRITY_MISMATCH
            v-tampered-duplicate-key-first-differs.json,        DUPLICATE_KEY
            v-tampered-duplicate-key-last-differs.json,         ENGINE_GATE_STATE_MISMATCH
            v-tampered-event-removed.json,                      ENGINE_REVISION_MISMATCH
            v-tampered-events-swapped.json,                     GATE_RESOLVED_WITHOUT_REQUEST
            v-tampered-field-added-payload.json,                INTEGRITY_MISMATCH
            v-tampered-field-added-run.json,                    RAW_HASH_DIFFERS
            v-tampered-field-added-top-level.json,              CONTENT_OUTSIDE_HASH
            v-tampered-field-added-trace-event.json,            RAW_HASH_DIFFERS
            v-tampered-gate-rejected-to-approved.json,          ENGINE_GATE_STATE_MISMATCH
            v-tampered-integrity-hash-altered.json,             INTEGRITY_MISMATCH
            """)
    void tamperingIsFound(String file, String code) {
        AuditReport r = Auditor.standard().audit(SharedFolder.require("corpus/" + file));
        assertTrue(r.codes().contains(code), r.codes()::toString);
    }

    /** The changed events and fields, with paths in the original and both values. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            v-tampered-gate-rejected-to-approved.json     | trace[69].decision: "rejected" → "approved"
            v-tampered-duplicate-key-last-differs.json    | trace[69].decision: "rejected" → "approved"
            v-tampered-cost-digit.json                    | trace[50].cost.amount: 0.011158 → 0.011159
            v-tampered-event-removed.json                 | trace[50]: model_io evt_83925fdb-ba02-488f-8c07-bc7af8aeee16 → (absent)
            v-tampered-events-swapped.json                | trace[36]: trace[36] → trace[37]
            v-tampered-field-added-payload.json           | trace[4].args.injected: (absent) → true
            v-tampered-artifact-data-payloadhash-kept.json| artifacts[0].data.orderId: "#492824" → "#492824 [altered]"
            v-tampered-integrity-hash-altered.json        | integrity.sha256: "86a41af91a1e0b71e6469234f6867a67114a22a55b0aee9d3aab827c691179c5" → "86a41af91a1e0b71e646923406867a67114a22a55b0aee9d3aab827c691179c5"
            v-tampered-field-added-trace-event.json       | trace[37].approvedBy: (absent) → "usr_mallory"; trace[37].signature: (absent) → "forged"
            v-tampered-field-added-run.json               | run.workflowSnapshot.steps[0].owner: (absent) → "mallory"; run.approvedBy: (absent) → "usr_mallory"
            v-tampered-field-added-top-level.json         | signature: (absent) → {"alg":"none","value":""}; exportedBy: (absent) → "someone-else"
            """)
    void compareLocalisesTheChange(String file, String differences) {
        List<String> got = Auditor.compare(corpus(BASE), corpus(file)).stream().map(Difference::toString).toList();
        assertEquals(List.of(differences.split("; ")), got);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            v-tampered-duplicate-key-first-differs.json
            v-reserialized-escaped-unicode.json
            v-reserialized-number-spellings.json
            v-reserialized-reversed-keys-indent4.json
            v-reserialized-shuffled-keys-tabs-crlf.json
            """)
    void sameContentWrittenDifferentlyHasNoDifference(String file) {
        assertEquals(List.of(), Auditor.compare(corpus(BASE), corpus(file)));
    }

    @Test
    void differencesSayWhatKindAndWhichEvent() {
        Difference removed = Auditor.compare(corpus(BASE), corpus("v-tampered-event-removed.json")).get(0);
        assertEquals(Difference.Kind.REMOVED, removed.kind());
        assertEquals(50, removed.eventIndex().orElseThrow());
        Difference moved = Auditor.compare(corpus(BASE), corpus("v-tampered-events-swapped.json")).get(0);
        assertEquals(Difference.Kind.MOVED, moved.kind());
        Difference added = Auditor.compare(corpus(BASE), corpus("v-tampered-field-added-payload.json")).get(0);
        assertEquals(Difference.Kind.ADDED, added.kind());
    }

    @Test
    void aForkComparedWithItsParentShowsEveryEventAsAddedOrRemoved() {
        List<Difference> d = Auditor.compare(corpus("p01-contract-review-completed.json"), corpus("p02-contract-review-fork-completed.json"));
        assertTrue(d.stream().anyMatch(x -> x.path().equals("run.id")), "run ids differ");
        assertTrue(d.stream().anyMatch(x -> x.kind() == Difference.Kind.REMOVED && x.path().startsWith("trace[")));
    }
}
