package dev.runlens.costs.catalog;

import dev.runlens.protocol.json.JsNumber;
import dev.runlens.protocol.json.JsonValue;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Typed reads from price-file JSON; a wrong type is a {@link CatalogFormatException} naming the path. */
final class JsonAccess {
    private JsonAccess() {}

    static JsonValue.Obj obj(JsonValue v, String path) throws CatalogFormatException {
        if (v instanceof JsonValue.Obj o) return o;
        throw wrong(path, "an object", v);
    }

    static List<JsonValue> arr(JsonValue v, String path) throws CatalogFormatException {
        if (v instanceof JsonValue.Arr a) return a.items();
        throw wrong(path, "an array", v);
    }

    static String str(JsonValue v, String path) throws CatalogFormatException {
        if (v instanceof JsonValue.Str s) return s.value();
        throw wrong(path, "a string", v);
    }

    static Optional<String> optStr(JsonValue.Obj o, String key, String path) throws CatalogFormatException {
        JsonValue v = o.get(key);
        return v == null || v instanceof JsonValue.Null ? Optional.empty() : Optional.of(str(v, path + "." + key));
    }

    static String needStr(JsonValue.Obj o, String key, String path) throws CatalogFormatException {
        JsonValue v = o.get(key);
        if (v == null) throw new CatalogFormatException(path + "." + key + ": missing");
        return str(v, path + "." + key);
    }

    /** A finite, non-negative number as the exact decimal JavaScript prints for it. */
    static BigDecimal price(JsonValue v, String path) throws CatalogFormatException {
        if (v instanceof JsonValue.Num n && Double.isFinite(n.value()) && n.value() >= 0) {
            return new BigDecimal(JsNumber.format(n.value() == 0 ? 0.0 : n.value()));
        }
        throw wrong(path, "a finite non-negative number", v);
    }

    static Optional<BigDecimal> optPrice(JsonValue.Obj o, String key, String path) throws CatalogFormatException {
        JsonValue v = o.get(key);
        return v == null || v instanceof JsonValue.Null ? Optional.empty() : Optional.of(price(v, path + "." + key));
    }

    static LocalDate date(String text, String path) throws CatalogFormatException {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException ignored) {
                // reported below
            }
        }
        throw new CatalogFormatException(path + ": expected a date YYYY-MM-DD, got \"" + text + "\"");
    }

    private static CatalogFormatException wrong(String path, String expected, JsonValue v) {
        return new CatalogFormatException(path + ": expected " + expected + ", got " + (v == null ? "nothing" : v.typeName()));
    }
}
