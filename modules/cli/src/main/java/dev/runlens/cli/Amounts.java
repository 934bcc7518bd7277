package dev.runlens.cli;

import dev.runlens.costs.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Money for people (rounded to 8 decimals) and for machines (exact decimal strings). */
final class Amounts {
    private Amounts() {}

    /** {@code "0.0118489 USD + 0.00021 EUR"}; {@code "0"} when there is no amount. */
    static String text(Money m) {
        if (m.isEmpty()) return "0";
        List<String> parts = new ArrayList<>();
        m.amounts().forEach((c, a) -> parts.add(rounded(a) + " " + Terminal.safe(c)));
        return String.join(" + ", parts);
    }

    static String rounded(BigDecimal a) {
        return Money.plain(a.setScale(8, RoundingMode.HALF_EVEN));
    }

    /** Exact amounts by currency, as strings so no digit is lost. */
    static dev.runlens.protocol.json.JsonValue json(Money m) {
        Json.Obj o = Json.obj();
        for (Map.Entry<String, BigDecimal> e : m.amounts().entrySet()) o.put(e.getKey(), Money.plain(e.getValue()));
        return o.build();
    }

    static String exact(BigDecimal a) {
        return Money.plain(a);
    }
}
