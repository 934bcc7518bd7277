package dev.runlens.audit;

import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code sample-bundles/negative/audit/}: each fixture is the realistic base run with one defect,
 * named after the code it must raise; compared with the base, it raises exactly that code (plus
 * the companions a defect cannot come without).
 */
class AuditFixturesTest {
    private static final Auditor AUDITOR = Auditor.standard();
    private static final Set<String> BASE_CODES = AUDITOR.audit(TestFiles.FIXTURE_BASE).codes();

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            bundle-rejected.json,                 BUNDLE_REJECTED,                -
            integrity-mismatch.json,              INTEGRITY_MISMATCH,             -
            integrity-missing.json,               INTEGRITY_MISSING,              -
            content-outside-hash.json,            CONTENT_OUTSIDE_HASH,           -
            stripped-field.json,                  STRIPPED_FIELD,                 RAW_HASH_DIFFERS
            raw-hash-differs.json,                RAW_HASH_DIFFERS,               STRIPPED_FIELD
            raw-hash-only.json,                   RAW_HASH_ONLY,                  INTEGRITY_MISMATCH
            duplicate-key.json,                   DUPLICATE_KEY,                  -
            unsafe-integer.json,                  UNSAFE_INTEGER,                 -
            lone-surrogate.json,                  LONE_SURROGATE,                 -
            non-finite-number.json,               NON_FINITE_NUMBER,              -
            invalid-utf8.json,                    INVALID_UTF8,                   -
            reference-cannot-hash.json,           REFERENCE_CANNOT_HASH,          -
            declared-hash-not-canonical.json,     DECLARED_HASH_NOT_CANONICAL,    INTEGRITY_MISMATCH
            duplicate-event-id.json,              DUPLICATE_EVENT_ID,             -
            foreign-run-event.json,               FOREIGN_RUN_EVENT,              -
            unknown-step.json,                    UNKNOWN_STEP,                   -
            timestamp-unparseable.json,           TIMESTAMP_UNPARSEABLE,          BUNDLE_REJECTED
            timestamp-backwards.json,             TIMESTAMP_BACKWARDS,            -
            timestamp-outside-run.json,           TIMESTAMP_OUTSIDE_RUN,          -
            step-completed-without-start.json,    STEP_COMPLETED_WITHOUT_START,   -
            gate-resolved-without-request.json,   GATE_RESOLVED_WITHOUT_REQUEST,  -
            span-never-ended.json,                SPAN_NEVER_ENDED,               -
            span-ended-without-start.json,        SPAN_ENDED_WITHOUT_START,       -
            payload-hash-mismatch.json,           PAYLOAD_HASH_MISMATCH,          -
            byte-length-mismatch.json,            BYTE_LENGTH_MISMATCH,           -
            payload-hash-carried-over.json,       PAYLOAD_HASH_CARRIED_OVER,      -
            redacted-payload-hash-stale.json,     REDACTED_PAYLOAD_HASH_STALE,    USER_EXPORT
            user-export.json,                     USER_EXPORT,                    -
            artifact-version-gap.json,            ARTIFACT_VERSION_GAP,           -
            duplicate-artifact-version.json,      DUPLICATE_ARTIFACT_VERSION,     -
            artifact-snapshot-differs.json,       ARTIFACT_SNAPSHOT_DIFFERS,      -
            patch-not-replayable.json,            PATCH_NOT_REPLAYABLE,           PAYLOAD_HASH_CARRIED_OVER
            patch-chain-mismatch.json,            PATCH_CHAIN_MISMATCH,           PAYLOAD_HASH_CARRIED_OVER
            workflow-cycle.json,                  WORKFLOW_CYCLE,                 -
            dangling-edge.json,                   DANGLING_EDGE,                  -
            duplicate-workflow-id.json,           DUPLICATE_WORKFLOW_ID,          -
            workflow-id-mismatch.json,            WORKFLOW_ID_MISMATCH,           -
            step-never-reached.json,              STEP_NEVER_REACHED,             -
            engine-step-status-mismatch.json,     ENGINE_STEP_STATUS_MISMATCH,    -
            engine-gate-state-mismatch.json,      ENGINE_GATE_STATE_MISMATCH,     -
            engine-idempotency-mismatch.json,     ENGINE_IDEMPOTENCY_MISMATCH,    -
            engine-revision-mismatch.json,        ENGINE_REVISION_MISMATCH,       -
            engine-duplicate-entry.json,          ENGINE_DUPLICATE_ENTRY,         -
            usage-total-mismatch.json,            USAGE_TOTAL_MISMATCH,           -
            cached-tokens-exceed-input.json,      CACHED_TOKENS_EXCEED_INPUT,     -
            reasoning-tokens-exceed-output.json,  REASONING_TOKENS_EXCEED_OUTPUT, -
            response-without-cost.json,           RESPONSE_WITHOUT_COST,          -
            zero-cost-with-tokens.json,           ZERO_COST_WITH_TOKENS,          -
            mixed-currencies.json,                MIXED_CURRENCIES,               -
            step-retried.json,                    STEP_RETRIED,                   -
            """)
    void fixtureRaisesExactlyTheCodeItIsNamedAfter(String file, String code, String companions) {
        assertEquals(FindingCatalog.valueOf(code).fixtureName(), file, "file named after its code");
        AuditReport r = AUDITOR.audit(TestFiles.fixture(file));
        Set<String> expected = new TreeSet<>(Set.of(code));
        if (!companions.equals("-")) expected.addAll(Arrays.asList(companions.split(" ")));
        Set<String> added = new TreeSet<>(r.codes());
        added.removeAll(BASE_CODES);
        assertEquals(expected, added, () -> String.join("\n", r.findings().stream().map(AuditFinding::toString).toList()));
    }

    @Test
    void theBaseRunIsClean() {
        assertEquals(Set.of(), BASE_CODES);
    }

    @Test
    void everyCodeHasAFixtureAndEveryFixtureIsPinned() throws Exception {
        TreeMap<String, String> pinned = pinningTable();
        Set<String> present = TestFiles.jsonFiles(TestFiles.AUDIT_FIXTURES).stream()
                .map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(present, pinned.keySet(), "fixtures on disk vs pinning table");
        Set<String> codes = Arrays.stream(FindingCatalog.values()).map(FindingCatalog::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(codes, new TreeSet<>(pinned.values()), "catalog codes vs pinning table");
    }

    /** The generator records each fixture's code in expected.json ({@code auditCode}); it agrees with the table. */
    @Test
    void theGeneratorsIntentMatchesTheTable() throws Exception {
        JsonValue expected = JsonReader.hardened().read(Files.readAllBytes(TestFiles.SAMPLES.resolve("expected.json"))).value();
        TreeMap<String, String> recorded = new TreeMap<>();
        for (JsonValue f : ((JsonValue.Arr) ((JsonValue.Obj) expected).get("files")).items()) {
            JsonValue.Obj o = (JsonValue.Obj) f;
            if (o.get("auditCode") instanceof JsonValue.Str code) {
                recorded.put(Path.of(((JsonValue.Str) o.get("file")).value()).getFileName().toString(), code.value());
            }
        }
        assertEquals(pinningTable(), recorded);
    }

    private static TreeMap<String, String> pinningTable() throws NoSuchMethodException {
        String table = AuditFixturesTest.class.getDeclaredMethod("fixtureRaisesExactlyTheCodeItIsNamedAfter",
                String.class, String.class, String.class).getAnnotation(CsvSource.class).textBlock();
        TreeMap<String, String> rows = new TreeMap<>();
        for (String line : table.strip().split("\n")) {
            String[] cells = line.split(",");
            rows.put(cells[0].strip(), cells[1].strip());
        }
        return rows;
    }

    @Test
    void everyFixtureFindingCarriesTheCatalogsGradeAndExplanation() {
        for (Path p : TestFiles.jsonFiles(TestFiles.AUDIT_FIXTURES)) {
            for (AuditFinding f : AUDITOR.audit(p).findings()) {
                FindingCatalog c = f.entry();
                assertEquals(c.severity(), f.severity(), f::toString);
                assertEquals(c.group(), f.group(), f::toString);
                assertEquals(c.explanation(), f.explanation(), f::toString);
                assertTrue(!f.message().isBlank() && !f.message().contains("\n"), f::toString);
            }
        }
    }
}
