package dev.runlens.signing.verify;

import dev.runlens.signing.fixtures.Decisions;
import dev.runlens.signing.fixtures.TimestampFixtures;
import dev.runlens.signing.trust.TrustList;
import dev.runlens.testkit.ProjectFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Design (c) 39, 41 and 42 with RFC 3161 tokens: each fixture
 * ({@code src/test/resources/.../timestamped/decision-<name>.sigstore.json}) verified against a trust
 * list that lists the test TSA ({@code tsa}), the same list with alice's key revoked for compromise on
 * 2026-09-18 ({@code compromised}), or the tests' list without timestamp authorities ({@code none}).
 * The committed files regenerate byte for byte ({@code -Drunlens.regenerateFixtures=true} rewrites them).
 */
class TimestampCasesTest {
    static final Path DIR = ProjectFolder.root().resolve("modules/signing/src/test/resources/dev/runlens/signing/timestamped");

    static byte[] fixture(String name) throws Exception {
        return Files.readAllBytes(DIR.resolve("decision-" + name + ".sigstore.json"));
    }

    static TrustList list(String which) {
        return switch (which) {
            case "tsa" -> TimestampFixtures.withTsa();
            case "compromised" -> TimestampFixtures.compromised();
            case "none" -> Decisions.trustList();
            default -> throw new IllegalArgumentException(which);
        };
    }

    static DecisionReport verify(String name, String trust) throws Exception {
        return DecisionVerifier.builder().trustList(Decisions.trusted(list(trust))).audience(Decisions.AUDIENCE)
                .bundle(Decisions.pending()).build().verify(fixture(name));
    }

    @ParameterizedTest(name = "{0} with the {1} list fails {2}")
    @CsvSource(textBlock = """
            unanchored,                                         compromised, revocation,              39
            timestamped-after-compromise,                       compromised, revocation,              39
            timestamped-before-claimed-decided-at,              tsa,         decided-before-evidence, 41
            timestamp-imprint-over-payload,                     tsa,         timestamp-imprint,       42
            timestamp-from-untrusted-tsa,                       tsa,         timestamp-authority,     42
            timestamped,                                        none,        timestamp-authority,     42
            timestamp-tampered-cms-signature,                   tsa,         timestamp-signature,     42
            timestamp-tsa-certificate-without-timestamping-eku, tsa,         timestamp-certificate,   42
            timestamp-tsa-certificate-expired,                  tsa,         timestamp-certificate,   42
            timestamp-not-a-token,                              tsa,         timestamp-token,         42
            timestamp-not-base64,                               tsa,         timestamp-token,         42
            """)
    void fixtureIsRejectedByTheCheckNamedForIt(String name, String trust, String check, int designCase) throws Exception {
        DecisionReport r = verify(name, trust);
        assertEquals(DecisionReport.Verdict.REJECTED, r.verdict(), name + " (design case " + designCase + "): " + r.checks());
        assertTrue(r.failures().stream().anyMatch(c -> c.name().equals(check)), name + " fails " + check + ": " + r.failures());
        r.failures().forEach(c -> assertFalse(c.reason().isBlank(), "every failure has a reason"));
    }

    @ParameterizedTest(name = "{0} with the {1} list is accepted, existed by {2}")
    @CsvSource(textBlock = """
            timestamped,    tsa,         2026-09-17T08:05:00Z
            timestamped,    compromised, 2026-09-17T08:05:00Z
            two-timestamps, tsa,         2026-09-17T08:05:00Z
            """)
    void anchoredFixtureIsAcceptedWithItsEarliestTime(String name, String trust, Instant existedBy) throws Exception {
        DecisionReport r = verify(name, trust);
        assertEquals(DecisionReport.Verdict.ACCEPTED, r.verdict(), name + ": " + r.failures());
        TimeEvidence e = r.timeEvidence().orElseThrow();
        assertEquals(existedBy, e.existedBy());
        assertEquals("existed by " + existedBy + " (RFC 3161, TSA " + TimestampFixtures.TSA_NAME + ")", e.describe());
        assertTrue(r.warnings().stream().noneMatch(c -> c.name().equals("unanchored-time")), r.warnings().toString());
    }

    @Test
    void theSameDecisionWithoutATokenIsAcceptedButUnanchored() throws Exception {
        DecisionReport r = verify("unanchored", "tsa");
        assertEquals(DecisionReport.Verdict.ACCEPTED, r.verdict(), r.failures().toString());
        assertTrue(r.timeEvidence().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(c -> c.name().equals("unanchored-time")), r.warnings().toString());
    }

    @Test
    void compromisedKeyIsAcceptedOnlyWhenTheTokenPlacesTheDecisionBeforeTheRevocation() throws Exception {
        DecisionReport anchored = verify("timestamped", "compromised");
        assertTrue(anchored.checks().stream().anyMatch(c -> c.name().equals("revocation") && c.status() == Check.Status.PASS
                && c.reason().contains("evidence places the decision before it")), anchored.checks().toString());
        DecisionReport late = verify("timestamped-after-compromise", "compromised");
        assertTrue(late.failures().stream().anyMatch(c -> c.reason().contains("2026-09-18T06:00:00Z is not before it")), late.failures().toString());
    }

    @Test
    void theTokenAnchorsKeyValidityAtItsGenTime() throws Exception {
        DecisionReport r = verify("timestamped", "tsa");
        assertTrue(r.checks().stream().anyMatch(c -> c.name().equals("key-validity") && c.reason().contains("2026-09-17T08:05:00Z")),
                r.checks().toString());
    }

    @Test
    void aGivenTrustedTimeEarlierThanTheTokenIsTheAnchor() throws Exception {
        DecisionReport r = DecisionVerifier.builder().trustList(Decisions.trusted(TimestampFixtures.withTsa())).audience(Decisions.AUDIENCE)
                .bundle(Decisions.pending()).trustedTime(Instant.parse("2026-09-17T08:01:00Z")).build().verify(fixture("timestamped"));
        assertEquals(DecisionReport.Verdict.ACCEPTED, r.verdict(), r.failures().toString());
        assertEquals(new TimeEvidence(Instant.parse("2026-09-17T08:01:00Z"), TimeEvidence.GIVEN, "the verifier's caller"), r.timeEvidence().orElseThrow());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            timestamp-imprint-over-payload                     | is not SHA-256 of the DSSE signature bytes
            timestamp-from-untrusted-tsa                       | does not chain to "acme-tsa"
            timestamp-tampered-cms-signature                   | bad CMS signature
            timestamp-tsa-certificate-without-timestamping-eku | without id-kp-timeStamping
            timestamp-tsa-certificate-expired                  | expired (until 2026-09-10T00:00:00Z) at genTime 2026-09-17T08:05:00Z
            timestamp-not-a-token                              | malformed token: not an RFC 3161 time-stamp token
            timestamp-not-base64                               | malformed token: signedTimestamp is not base64
            """)
    void eachTokenFailureSaysPreciselyWhatIsWrong(String name, String reason) throws Exception {
        DecisionReport r = verify(name, "tsa");
        assertTrue(r.failures().stream().anyMatch(c -> c.reason().contains(reason)), r.failures().toString());
    }

    @Test
    void everyFixtureIsPinnedByATestAndRegeneratesByteForByte() throws Exception {
        Map<String, byte[]> all = TimestampFixtures.all();
        boolean regenerate = Boolean.getBoolean("runlens.regenerateFixtures");
        if (regenerate) Files.createDirectories(DIR);
        Set<String> onDisk = new TreeSet<>();
        try (var files = Files.list(DIR)) {
            files.forEach(p -> onDisk.add(p.getFileName().toString()));
        }
        for (Map.Entry<String, byte[]> e : all.entrySet()) {
            Path p = DIR.resolve("decision-" + e.getKey() + ".sigstore.json");
            if (regenerate) Files.write(p, e.getValue());
            assertArrayEquals(e.getValue(), Files.readAllBytes(p), p + " is what the generator makes");
            onDisk.remove(p.getFileName().toString());
        }
        assertTrue(onDisk.isEmpty(), "fixtures without a generator: " + onDisk);
        Set<String> pinned = new TreeSet<>();
        for (String name : PINNED.split("\\s+")) if (!name.isBlank()) pinned.add(name);
        assertEquals(new TreeSet<>(all.keySet()), pinned, "each fixture is pinned by a table row above");
    }

    private static final String PINNED = """
            unanchored timestamped two-timestamps timestamped-after-compromise timestamped-before-claimed-decided-at
            timestamp-imprint-over-payload timestamp-from-untrusted-tsa timestamp-tampered-cms-signature
            timestamp-tsa-certificate-without-timestamping-eku timestamp-tsa-certificate-expired timestamp-not-a-token
            timestamp-not-base64
            """;
}
