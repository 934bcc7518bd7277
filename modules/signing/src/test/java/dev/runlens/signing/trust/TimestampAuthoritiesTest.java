package dev.runlens.signing.trust;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.fixtures.Decisions;
import dev.runlens.signing.fixtures.TestKeys;
import dev.runlens.signing.fixtures.TestTsa;
import dev.runlens.signing.fixtures.TimestampFixtures;
import dev.runlens.signing.timestamp.TimestampAuthority;
import dev.runlens.signing.timestamp.TimestampFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trust list's optional {@code timestampAuthorities}: written, read, validated; older lists keep their bytes. */
class TimestampAuthoritiesTest {

    @Test
    void aListWithATsaRoundTripsThroughItsSignedJson() throws Exception {
        TrustList t = TimestampFixtures.withTsa();
        TrustList back = TrustListJson.read(StrictJson.parse(StrictJson.canonical(TrustListJson.toJson(t))));
        assertEquals(t, back);
        assertEquals(List.of("CN=RunLens Test TSA Root,O=RunLens tests"), back.timestampAuthorities().get(0).subjects());
        assertEquals(TrustListVerdict.Status.TRUSTED, Decisions.trusted(t).status());
    }

    @Test
    void aListWithoutTimestampAuthoritiesIsWrittenAsBefore() {
        byte[] json = StrictJson.canonical(TrustListJson.toJson(Decisions.trustList()));
        assertFalse(new String(json, java.nio.charset.StandardCharsets.UTF_8).contains("timestampAuthorities"));
        assertTrue(Decisions.trustList().timestampAuthorities().isEmpty());
    }

    @Test
    void editingAListKeepsItsTimestampAuthorities() throws Exception {
        TrustList t = TimestampFixtures.withTsa();
        TrustList next = TrustLists.editable(Decisions.signed(t, TestKeys.ROOT_1, TestKeys.ROOT_2), Decisions.NOW, Duration.ofDays(90));
        next = TrustLists.withRevocation(next, TestKeys.BOB.publicKey().keyId(), "retired", Decisions.NOW);
        next = TrustLists.withPolicy(next, TrustList.Policy.DEFAULT);
        next = TrustLists.withReviewerKey(next, "dave@example.org", Optional.empty(), Decisions.scopes(), TestKeys.MALLORY.publicKey(),
                Decisions.NOW, Optional.empty());
        assertEquals(t.timestampAuthorities(), next.timestampAuthorities());
    }

    @Test
    void addingATsaOfTheSameNameReplacesIt() {
        TrustList t = TrustLists.withTimestampAuthority(TimestampFixtures.withTsa(), TestTsa.ROGUE.authority(TimestampFixtures.TSA_NAME));
        assertEquals(1, t.timestampAuthorities().size());
        assertEquals(TestTsa.ROGUE.rootPem(), t.timestampAuthorities().get(0).certificatePem());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            certificatePem | not a certificate                  | no "-----BEGIN CERTIFICATE-----" block
            certificatePem | -----BEGIN CERTIFICATE-----\\nMIIB*\\n-----END CERTIFICATE----- | not base64
            certificatePem | -----BEGIN CERTIFICATE-----\\nAAAA\\n-----END CERTIFICATE----- | is not an X.509 certificate
            validFrom      | yesterday                          | is not an RFC 3339 time
            validUntil     | 2025-01-01T00:00:00Z               | is not after validFrom
            name           |                                    | must not be empty
            """)
    void aBadTsaEntryMakesTheListUnreadable(String field, String value, String reason) {
        JsonValue.Obj list = TrustListJson.toJson(TimestampFixtures.withTsa());
        JsonValue.Obj entry = (JsonValue.Obj) ((JsonValue.Arr) list.get("timestampAuthorities")).get(0);
        JsonValue.Obj bad = with(list, "timestampAuthorities", new JsonValue.Arr(List.of(with(entry, field,
                new JsonValue.Str(value == null ? "" : value.replace("\\n", "\n"))))));
        StrictJsonException e = assertThrows(StrictJsonException.class, () -> TrustListJson.read(bad));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @Test
    void twoTsasWithOneNameMakeTheListUnreadable() {
        JsonValue.Obj list = TrustListJson.toJson(TimestampFixtures.withTsa());
        JsonValue entry = ((JsonValue.Arr) list.get("timestampAuthorities")).get(0);
        StrictJsonException e = assertThrows(StrictJsonException.class,
                () -> TrustListJson.read(with(list, "timestampAuthorities", new JsonValue.Arr(List.of(entry, entry)))));
        assertTrue(e.getMessage().contains("is listed twice"), e.getMessage());
    }

    @Test
    void anAuthorityCountsOnlyWithinItsWindow() throws TimestampFormatException {
        TimestampAuthority a = TimestampAuthority.of("w", TestTsa.ACME.rootPem(), Instant.parse("2026-09-01T00:00:00Z"),
                Optional.of(Instant.parse("2026-10-01T00:00:00Z")));
        assertTrue(a.covers(Instant.parse("2026-09-17T08:05:00Z")));
        assertFalse(a.covers(Instant.parse("2026-08-31T23:59:59Z")));
        assertFalse(a.covers(Instant.parse("2026-10-01T00:00:01Z")));
        assertEquals("2026-09-01T00:00:00Z", a.validFrom());
    }

    private static JsonValue.Obj with(JsonValue.Obj o, String key, JsonValue v) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(o.members());
        m.put(key, v);
        return new JsonValue.Obj(m);
    }
}
