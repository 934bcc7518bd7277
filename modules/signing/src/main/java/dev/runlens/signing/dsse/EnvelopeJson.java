package dev.runlens.signing.dsse;

import dev.runlens.protocol.json.JsonValue;
import dev.runlens.signing.codec.Base64Codec;
import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;

import java.util.ArrayList;
import java.util.List;

/**
 * The JSON form of a DSSE envelope: {@code {"payload", "payloadType", "signatures":[{"keyid", "sig"}]}}.
 * Reading: strict JSON, every required member present, base64 in either alphabet, unknown members
 * ignored. Writing: standard base64 with padding.
 */
public final class EnvelopeJson {
    private EnvelopeJson() {}

    public static Envelope read(byte[] bytes) throws EnvelopeFormatException {
        try {
            return read(StrictJson.parse(bytes));
        } catch (StrictJsonException e) {
            throw new EnvelopeFormatException("envelope is " + e.getMessage());
        }
    }

    public static Envelope read(JsonValue json) throws EnvelopeFormatException {
        try {
            Fields f = Fields.root(json, "envelope");
            String payloadType = f.str("payloadType");
            byte[] payload = base64(f.str("payload"), "envelope.payload");
            List<Envelope.Signature> sigs = new ArrayList<>();
            for (Fields s : f.objects("signatures")) {
                String keyId = s.optStr("keyid").orElse("");
                sigs.add(new Envelope.Signature(keyId, base64(s.str("sig"), s.path() + ".sig")));
            }
            return new Envelope(payloadType, payload, sigs);
        } catch (StrictJsonException e) {
            throw new EnvelopeFormatException(e.getMessage());
        }
    }

    private static byte[] base64(String text, String path) throws EnvelopeFormatException {
        return Base64Codec.decode(text).orElseThrow(() ->
                new EnvelopeFormatException(path + ": not base64 (standard or URL-safe alphabet)"));
    }

    public static JsonValue.Obj toJson(Envelope e) {
        return JsonBuilder.object()
                .put("payload", Base64Codec.encode(e.payload()))
                .put("payloadType", e.payloadType())
                .put("signatures", JsonBuilder.array(e.signatures(), s -> {
                    JsonBuilder b = JsonBuilder.object();
                    if (!s.keyId().isEmpty()) b.put("keyid", s.keyId());
                    return b.put("sig", Base64Codec.encode(s.sig())).build();
                }))
                .build();
    }

    public static byte[] write(Envelope e) {
        return StrictJson.asWritten(toJson(e));
    }
}
