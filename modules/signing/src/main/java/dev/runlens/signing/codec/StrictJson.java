package dev.runlens.signing.codec;

import dev.runlens.protocol.json.CanonicalJson;
import dev.runlens.protocol.json.JsonReadException;
import dev.runlens.protocol.json.JsonReader;
import dev.runlens.protocol.json.JsonValue;
import dev.runlens.protocol.json.ReadLimits;
import dev.runlens.protocol.json.ReadNote;

import java.util.Arrays;

/**
 * Signed JSON read strictly (design B6 step 1, B13): the project's hardened reader with tight limits,
 * and everything that makes a canonical form ambiguous is an error instead of a note — duplicate
 * keys, lone surrogates, integers beyond 2^53, numbers that overflow, bytes that are not UTF-8.
 *
 * <p>Canonical form: RFC 8785 (JCS) is the project's {@link CanonicalJson.Form#INTEGRITY} form
 * (keys by UTF-16 code units, ECMAScript numbers, {@code JSON.stringify} strings). It differs from
 * RFC 8785 only on inputs RFC 8785 forbids (lone surrogates are escaped, non-finite numbers become
 * {@code null}); this reader rejects those inputs first, so on what it accepts the two are identical.
 */
public final class StrictJson {
    /** Signed documents are small: 8 MiB, 256 levels, 1 Mi-character strings. */
    public static final ReadLimits LIMITS = new ReadLimits(8L << 20, 256, 1 << 20, 400);

    private static final JsonReader READER = JsonReader.hardened(LIMITS);

    private StrictJson() {}

    /** Parses {@code bytes}; throws naming the place and the rule broken. */
    public static JsonValue parse(byte[] bytes) throws StrictJsonException {
        JsonReader.Result r;
        try {
            r = READER.read(bytes);
        } catch (JsonReadException e) {
            String where = e.where().isEmpty() ? "" : " at " + e.where();
            throw new StrictJsonException(("LIMIT_EXCEEDED".equals(e.code()) ? "over a limit: " : "not valid JSON: ")
                    + e.getMessage() + where);
        }
        for (ReadNote n : r.notes()) {
            String at = n.path() == null ? "" : " at " + n.path();
            String detail = n.detail() == null ? "" : " (" + n.detail() + ")";
            throw new StrictJsonException(switch (n.kind()) {
                case DUPLICATE_KEY -> "duplicate key \"" + n.detail() + "\"" + at;
                case LONE_SURROGATE -> "lone surrogate" + at + detail;
                case UNSAFE_INTEGER -> "integer beyond 2^53" + at + detail;
                case NON_FINITE_NUMBER -> "number that overflows a double" + at + detail;
                case INVALID_UTF8 -> "bytes that are not UTF-8" + detail;
            });
        }
        return r.value();
    }

    /** The JCS (RFC 8785) bytes of a value. */
    public static byte[] canonical(JsonValue v) {
        return CanonicalJson.toBytes(v, CanonicalJson.Form.INTEGRITY);
    }

    /** True when {@code bytes} are exactly the JCS form of the value they parse to. */
    public static boolean isCanonical(byte[] bytes, JsonValue parsed) {
        return Arrays.equals(bytes, canonical(parsed));
    }

    /** Members in their own order, for human-facing files (not for signing). */
    public static byte[] asWritten(JsonValue v) {
        return CanonicalJson.toBytes(v, CanonicalJson.Form.AS_WRITTEN);
    }
}
