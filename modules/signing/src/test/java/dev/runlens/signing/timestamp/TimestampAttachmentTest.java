package dev.runlens.signing.timestamp;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.decision.SignedDecision;
import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.fixtures.Decisions;
import dev.runlens.signing.fixtures.TestTsa;
import dev.runlens.signing.fixtures.TimestampFixtures;
import org.bouncycastle.tsp.TimeStampRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requests over the signature bytes, tokens read from responses or bare, and attaching them to a decision file. */
class TimestampAttachmentTest {
    static final SignedDecision ALICE = Decisions.alice();
    static final byte[] FILE = ALICE.bundle().toBytes();
    static final byte[] SIG = TimestampFixtures.signature(ALICE);

    @Test
    void theRequestAsksForSha256OfTheSignatureBytesAndTheTsaCertificate() throws Exception {
        TimeStampRequest r = new TimeStampRequest(TimestampRequests.overSignature(SIG));
        assertEquals("2.16.840.1.101.3.4.2.1", r.getMessageImprintAlgOID().getId());
        assertArrayEquals(java.security.MessageDigest.getInstance("SHA-256").digest(SIG), r.getMessageImprintDigest());
        assertTrue(r.getCertReq());
        assertEquals(null, r.getNonce());
    }

    @Test
    void aResponseAndItsBareTokenReadAsTheSameToken() throws Exception {
        byte[] response = TestTsa.ACME.response(SIG, TimestampFixtures.STAMPED);
        Rfc3161Token fromResponse = Rfc3161Token.parse(response);
        Rfc3161Token bare = Rfc3161Token.parse(fromResponse.der());
        assertArrayEquals(fromResponse.der(), bare.der());
        assertEquals(TimestampFixtures.STAMPED, bare.genTime());
        assertTrue(bare.isOver(SIG));
        assertEquals("CN=RunLens Test TSA,O=RunLens tests", bare.signerSubject().orElseThrow());
        assertThrows(TimestampFormatException.class, () -> Rfc3161Token.parseToken(response), "a bundle holds bare tokens only");
    }

    @Test
    void bytesAfterTheTokenAreRefused() {
        byte[] token = TestTsa.ACME.token(SIG, TimestampFixtures.STAMPED);
        byte[] trailing = Arrays.copyOf(token, token.length + 1);
        TimestampFormatException e = assertThrows(TimestampFormatException.class, () -> Rfc3161Token.parse(trailing));
        assertTrue(e.getMessage().startsWith("not DER"), e.getMessage());
    }

    @Test
    void attachingPutsTheTokenWhereSigstoreBundlesKeepItAndKeepsTheEnvelope() throws Exception {
        TimestampAttachment.Attached a = TimestampAttachment.attach(FILE, TestTsa.ACME.response(SIG, TimestampFixtures.STAMPED));
        assertFalse(a.alreadyThere());
        SigstoreBundle b = SigstoreBundle.read(a.file());
        assertEquals(1, b.rfc3161Timestamps().size());
        assertEquals(ALICE.bundle().envelope().payloadDigest(), b.envelope().payloadDigest());
        assertArrayEquals(SIG, b.envelope().signatures().get(0).sig());
        JsonValue.Obj vm = (JsonValue.Obj) ((JsonValue.Obj) StrictJson.parse(a.file())).get("verificationMaterial");
        assertTrue(vm.get("timestampVerificationData") instanceof JsonValue.Obj d && d.get("rfc3161Timestamps") instanceof JsonValue.Arr arr
                && arr.size() == 1, vm.toString());
        assertArrayEquals(TimestampFixtures.all().get("timestamped"), a.file(), "the same bytes as a bundle written with the token");
    }

    @Test
    void attachingTheSameTokenTwiceChangesNothing() throws Exception {
        byte[] once = TimestampAttachment.attach(FILE, TestTsa.ACME.token(SIG, TimestampFixtures.STAMPED)).file();
        TimestampAttachment.Attached twice = TimestampAttachment.attach(once, TestTsa.ACME.token(SIG, TimestampFixtures.STAMPED));
        assertTrue(twice.alreadyThere());
        assertArrayEquals(once, twice.file());
        byte[] second = TimestampAttachment.attach(once, TestTsa.ACME.token(SIG, Instant.parse("2026-09-17T09:00:00Z"))).file();
        assertEquals(2, SigstoreBundle.read(second).rfc3161Timestamps().size());
    }

    @Test
    void aTokenOverOtherBytesIsNotAttached() {
        TimestampAttachment.NotOverSignatureException e = assertThrows(TimestampAttachment.NotOverSignatureException.class,
                () -> TimestampAttachment.attach(FILE, TestTsa.ACME.token(ALICE.payload(), TimestampFixtures.STAMPED)));
        assertTrue(e.getMessage().contains("is not SHA-256 of the DSSE signature bytes"), e.getMessage());
    }

    @Test
    void unknownMembersOfTheFileSurviveAttaching() throws Exception {
        JsonValue.Obj root = (JsonValue.Obj) StrictJson.parse(FILE);
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(root.members());
        m.put("x-extra", new JsonValue.Str("kept"));
        byte[] extra = StrictJson.asWritten(new JsonValue.Obj(m));
        byte[] out = TimestampAttachment.attach(extra, TestTsa.ACME.token(SIG, TimestampFixtures.STAMPED)).file();
        assertEquals(new JsonValue.Str("kept"), ((JsonValue.Obj) StrictJson.parse(out)).get("x-extra"));
    }

    @Test
    void aRefusedResponseSaysWhy() {
        byte[] rejection = TestTsa.ACME.rejection("policy not accepted");
        TimestampFormatException e = assertThrows(TimestampFormatException.class, () -> Rfc3161Token.parse(rejection));
        assertTrue(e.getMessage().contains("did not grant") && e.getMessage().contains("policy not accepted"), e.getMessage());
    }
}
