package dev.runlens.signing.decision;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.dsse.EnvelopeFormatException;
import dev.runlens.signing.dsse.EnvelopeJson;

import java.util.Optional;

/**
 * The decision file: a Sigstore bundle v0.3 with a {@code publicKey.hint} and a DSSE envelope, no
 * transparency-log entries (design B4 step 5), so cosign and sigstore-js read it as is. What else a
 * file carries (certificates, tlog entries, timestamps) is recorded for the verifier to judge.
 */
public record SigstoreBundle(String mediaType, Optional<String> publicKeyHint, boolean hasCertificate,
                             boolean hasTlogEntries, boolean hasTimestamps, Envelope envelope) {
    public static final String MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";

    public static SigstoreBundle of(Envelope envelope, String keyId) {
        return new SigstoreBundle(MEDIA_TYPE, Optional.of(keyId), false, false, false, envelope);
    }

    public JsonValue.Obj toJson() {
        JsonBuilder material = JsonBuilder.object();
        publicKeyHint.ifPresent(h -> material.put("publicKey", JsonBuilder.object().put("hint", h)));
        return JsonBuilder.object().put("mediaType", mediaType).put("verificationMaterial", material)
                .put("dsseEnvelope", EnvelopeJson.toJson(envelope)).build();
    }

    /** One line of JSON, no trailing newline. */
    public byte[] toBytes() {
        return StrictJson.asWritten(toJson());
    }

    /** Reads a bundle; structural problems that are the verifier's to grade (media type, extras) are kept, not thrown. */
    public static SigstoreBundle read(byte[] bytes) throws EnvelopeFormatException {
        try {
            return read(StrictJson.parse(bytes));
        } catch (StrictJsonException e) {
            throw new EnvelopeFormatException("decision file is " + e.getMessage());
        }
    }

    public static SigstoreBundle read(JsonValue json) throws EnvelopeFormatException {
        try {
            Fields b = Fields.root(json, "bundle");
            String mediaType = b.str("mediaType");
            Fields vm = b.obj("verificationMaterial");
            Optional<String> hint = Optional.empty();
            if (vm.has("publicKey")) hint = Optional.of(vm.obj("publicKey").str("hint"));
            boolean cert = vm.has("certificate") || vm.has("x509CertificateChain");
            boolean tlog = vm.has("tlogEntries") && !(vm.json().get("tlogEntries") instanceof JsonValue.Arr a && a.size() == 0);
            boolean ts = vm.has("timestampVerificationData");
            if (!b.has("dsseEnvelope")) {
                throw new EnvelopeFormatException(b.has("messageSignature") ? "bundle.messageSignature: a decision is a DSSE envelope, not a message signature"
                        : "bundle.dsseEnvelope: required member missing");
            }
            return new SigstoreBundle(mediaType, hint, cert, tlog, ts, EnvelopeJson.read(b.need("dsseEnvelope")));
        } catch (StrictJsonException e) {
            throw new EnvelopeFormatException(e.getMessage());
        }
    }
}
