package dev.runlens.signing.decision;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Base64Codec;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;
import dev.runlens.signing.dsse.Envelope;
import dev.runlens.signing.dsse.EnvelopeFormatException;
import dev.runlens.signing.dsse.EnvelopeJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The decision file: a Sigstore bundle v0.3 with a {@code publicKey.hint} and a DSSE envelope, no
 * transparency-log entries (design B4 step 5), so cosign and sigstore-js read it as is. What else a
 * file carries (certificates, tlog entries) is recorded for the verifier to judge.
 *
 * <p>RFC 3161 timestamp tokens (design B10) sit where Sigstore bundle v0.3 puts them:
 * {@code verificationMaterial.timestampVerificationData.rfc3161Timestamps[].signedTimestamp}, the
 * base64 DER of each token, kept here as written ({@link #rfc3161Timestamps()}) so that a token
 * that is not even base64 is the verifier's to report, not a reason to refuse the file.
 */
public record SigstoreBundle(String mediaType, Optional<String> publicKeyHint, boolean hasCertificate,
                             boolean hasTlogEntries, List<String> rfc3161Timestamps, Envelope envelope) {
    public static final String MEDIA_TYPE = "application/vnd.dev.sigstore.bundle.v0.3+json";

    public SigstoreBundle {
        rfc3161Timestamps = List.copyOf(rfc3161Timestamps);
    }

    public static SigstoreBundle of(Envelope envelope, String keyId) {
        return new SigstoreBundle(MEDIA_TYPE, Optional.of(keyId), false, false, List.of(), envelope);
    }

    /** This bundle with one more RFC 3161 token (its DER), written as standard base64. */
    public SigstoreBundle withRfc3161Timestamp(byte[] tokenDer) {
        List<String> all = new ArrayList<>(rfc3161Timestamps);
        all.add(Base64Codec.encode(tokenDer));
        return new SigstoreBundle(mediaType, publicKeyHint, hasCertificate, hasTlogEntries, all, envelope);
    }

    /** Whether the file carries RFC 3161 timestamp tokens. */
    public boolean hasTimestamps() {
        return !rfc3161Timestamps.isEmpty();
    }

    public JsonValue.Obj toJson() {
        JsonBuilder material = JsonBuilder.object();
        publicKeyHint.ifPresent(h -> material.put("publicKey", JsonBuilder.object().put("hint", h)));
        if (hasTimestamps()) {
            material.put("timestampVerificationData", JsonBuilder.object().put("rfc3161Timestamps", JsonBuilder.array(rfc3161Timestamps,
                    t -> JsonBuilder.object().put("signedTimestamp", t).build())));
        }
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
            List<String> ts = rfc3161Timestamps(vm);
            if (!b.has("dsseEnvelope")) {
                throw new EnvelopeFormatException(b.has("messageSignature") ? "bundle.messageSignature: a decision is a DSSE envelope, not a message signature"
                        : "bundle.dsseEnvelope: required member missing");
            }
            return new SigstoreBundle(mediaType, hint, cert, tlog, ts, EnvelopeJson.read(b.need("dsseEnvelope")));
        } catch (StrictJsonException e) {
            throw new EnvelopeFormatException(e.getMessage());
        }
    }

    private static List<String> rfc3161Timestamps(Fields vm) throws StrictJsonException {
        Optional<Fields> data = vm.optObj("timestampVerificationData");
        if (data.isEmpty() || !data.get().has("rfc3161Timestamps")) return List.of();
        List<String> out = new ArrayList<>();
        for (Fields t : data.get().objects("rfc3161Timestamps")) out.add(t.str("signedTimestamp"));
        return out;
    }
}
