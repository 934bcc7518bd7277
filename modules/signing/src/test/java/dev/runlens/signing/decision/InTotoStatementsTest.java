package dev.runlens.signing.decision;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.dsse.DsseVerifier;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.dsse.EnvelopeJson;
import dev.runlens.signing.fixtures.TestKeys;
import dev.runlens.signing.keys.SignaturePolicy;
import dev.runlens.testkit.SharedFolder;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ../shared/conformance/intoto-attestation}: parse, recognise, canonicalize idempotently, sign, verify, hand back the bytes. */
class InTotoStatementsTest {
    @Test
    void everyStatementParsesCanonicalizesIdempotentlyAndRoundTripsThroughDsse() throws Exception {
        List<Path> files;
        try (var s = Files.list(SharedFolder.require("conformance/intoto-attestation/statements"))) {
            files = s.sorted().toList();
        }
        assertEquals(6, files.size());
        for (Path f : files) {
            JsonValue v = StrictJson.parse(Files.readAllBytes(f));
            StatementJson.checkStatementShape(Fields.root(v, f.getFileName().toString()));
            byte[] canon = StrictJson.canonical(v);
            assertArrayEquals(canon, StrictJson.canonical(StrictJson.parse(canon)), f + ": canonical form is idempotent");
            for (var key : List.of(TestKeys.ALICE, TestKeys.ALICE_ED25519)) {
                Envelope e = new Envelope(DecisionStatement.PAYLOAD_TYPE, canon, List.of());
                e = e.withSignature(new Envelope.Signature(key.publicKey().keyId(), key.sign(e.pae())));
                DsseVerifier.Result r = DsseVerifier.builder().trust(key.publicKey()).policy(SignaturePolicy.DECISIONS)
                        .payloadType(DecisionStatement.PAYLOAD_TYPE).build().verify(EnvelopeJson.read(EnvelopeJson.write(e)));
                assertTrue(r.valid(), f + ": " + r.reason());
                assertArrayEquals(canon, r.payload().orElseThrow(), "exactly the signed bytes are handed back");
            }
        }
    }
}
