package dev.runlens.signing.timestamp;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Base64Codec;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.decision.SigstoreBundle;
import dev.runlens.signing.dsse.EnvelopeFormatException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts an RFC 3161 token into a decision file, at
 * {@code verificationMaterial.timestampVerificationData.rfc3161Timestamps[]} (Sigstore bundle v0.3),
 * after checking that it time-stamps the file's signature. Everything else in the file is kept as it
 * is (member order, unknown members); the envelope, and so the signature and the entry digest, are
 * untouched. Whether the TSA is trusted is the verifier's business, with the trust list.
 */
public final class TimestampAttachment {
    private TimestampAttachment() {}

    /**
     * @param file         the decision file with the token added (or unchanged when it already held it)
     * @param token        the token as attached
     * @param alreadyThere the file already carried this very token
     */
    public record Attached(byte[] file, Rfc3161Token token, boolean alreadyThere) {
        public Attached {
            file = file.clone();
        }

        @Override
        public byte[] file() {
            return file.clone();
        }
    }

    /** The token in {@code tokenOrResponse} refused because it does not time-stamp the decision's signature. */
    public static final class NotOverSignatureException extends Exception {
        public NotOverSignatureException(String message) {
            super(message);
        }
    }

    /** The signature bytes a token for this decision file must time-stamp (the envelope's one signature). */
    public static byte[] signatureBytes(byte[] decisionFile) throws EnvelopeFormatException {
        SigstoreBundle b = SigstoreBundle.read(decisionFile);
        int n = b.envelope().signatures().size();
        if (n != 1) throw new EnvelopeFormatException("a decision envelope carries exactly one signature, this one has " + n);
        return b.envelope().signatures().get(0).sig();
    }

    public static Attached attach(byte[] decisionFile, byte[] tokenOrResponse)
            throws EnvelopeFormatException, TimestampFormatException, NotOverSignatureException {
        byte[] sig = signatureBytes(decisionFile);
        Rfc3161Token token = Rfc3161Token.parse(tokenOrResponse);
        Optional<String> problem = token.imprintProblem(sig);
        if (problem.isPresent()) throw new NotOverSignatureException(problem.get());
        JsonValue.Obj root;
        try {
            root = (JsonValue.Obj) StrictJson.parse(decisionFile);
        } catch (StrictJsonException e) {
            throw new EnvelopeFormatException("decision file is " + e.getMessage());
        }
        JsonValue.Obj vm = (JsonValue.Obj) root.get("verificationMaterial");
        JsonValue.Obj data = vm.get("timestampVerificationData") instanceof JsonValue.Obj o ? o : new JsonValue.Obj(Map.of());
        List<JsonValue> tokens = new ArrayList<>(data.get("rfc3161Timestamps") instanceof JsonValue.Arr a ? a.items() : List.of());
        for (JsonValue t : tokens) {
            if (t instanceof JsonValue.Obj to && to.get("signedTimestamp") instanceof JsonValue.Str s
                    && Base64Codec.decode(s.value()).map(d -> Arrays.equals(d, token.der())).orElse(false)) {
                return new Attached(decisionFile, token, true);
            }
        }
        tokens.add(new JsonValue.Obj(Map.of("signedTimestamp", new JsonValue.Str(Base64Codec.encode(token.der())))));
        JsonValue.Obj newData = with(data, "rfc3161Timestamps", new JsonValue.Arr(tokens));
        JsonValue.Obj newRoot = with(root, "verificationMaterial", with(vm, "timestampVerificationData", newData));
        return new Attached(StrictJson.asWritten(newRoot), token, false);
    }

    private static JsonValue.Obj with(JsonValue.Obj o, String key, JsonValue v) {
        LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>(o.members());
        m.put(key, v);
        return new JsonValue.Obj(m);
    }
}
