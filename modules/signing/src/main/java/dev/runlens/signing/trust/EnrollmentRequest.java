package dev.runlens.signing.trust;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.dsse.DsseVerifier;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.keys.KeyFormatException;
import dev.runlens.signing.keys.SignaturePolicy;
import dev.runlens.signing.keys.SigningKey;
import dev.runlens.signing.keys.VerificationKey;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * A key-enrollment request (design B5): {@code {principal, publicKeyPem, keyid, createdAt, nonce}}
 * in a DSSE envelope signed by the new key itself — proof that the requester holds the private key.
 * An administrator checks the fingerprint out of band, then adds the key to the next trust list.
 */
public record EnrollmentRequest(String principal, VerificationKey key, String createdAt, String nonce) {
    public static final String PAYLOAD_TYPE = "application/vnd.runlens.key-enrollment.v1+json";

    public static Envelope create(SigningKey key, String principal, Instant now) throws StrictJsonException {
        StatementJsonBridge.checkPrincipal(principal);
        byte[] nonce = new byte[16];
        new SecureRandom().nextBytes(nonce);
        JsonValue payload = JsonBuilder.object().put("principal", principal).put("publicKeyPem", key.publicKey().toPem())
                .put("keyid", key.publicKey().keyId()).put("createdAt", TrustLists.time(now))
                .put("nonce", HexFormat.of().formatHex(nonce)).build();
        Envelope e = new Envelope(PAYLOAD_TYPE, StrictJson.canonical(payload), List.of());
        return e.withSignature(new Envelope.Signature(key.publicKey().keyId(), key.sign(e.pae())));
    }

    /** Checks the proof of possession: the embedded key signed the request and the keyid is its SPKI hash. */
    public static EnrollmentRequest verify(Envelope e) throws KeyFormatException {
        if (!e.payloadType().equals(PAYLOAD_TYPE)) throw new KeyFormatException("not an enrollment request: payloadType " + e.payloadType());
        Fields f;
        VerificationKey key;
        try {
            f = Fields.root(StrictJson.parse(e.payload()), "enrollment");
            key = VerificationKey.fromPem(f.str("publicKeyPem"));
            if (!key.keyId().equals(f.str("keyid"))) throw new KeyFormatException("keyid " + f.str("keyid") + " is not the key's " + key.keyId());
            DsseVerifier.Result r = DsseVerifier.builder().trust(key).policy(SignaturePolicy.DECISIONS).payloadType(PAYLOAD_TYPE).build().verify(e);
            if (!r.valid()) throw new KeyFormatException("no proof of possession: " + r.reason());
            StatementJsonBridge.checkPrincipal(f.str("principal"));
            return new EnrollmentRequest(f.str("principal"), key, f.str("createdAt"), f.str("nonce"));
        } catch (StrictJsonException ex) {
            throw new KeyFormatException("malformed enrollment request: " + ex.getMessage());
        }
    }

    /** Principal rules shared with decisions. */
    private static final class StatementJsonBridge {
        static void checkPrincipal(String p) throws StrictJsonException {
            if (p.isBlank()) throw new StrictJsonException("principal: must not be empty");
            dev.runlens.signing.decision.StatementJson.checkPrincipal(p);
        }
    }

}
