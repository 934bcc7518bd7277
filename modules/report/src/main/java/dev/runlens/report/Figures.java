package dev.runlens.report;

import dev.runlens.costs.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Money for reading in a report: each currency apart, rounded half-even to 8 decimals, no trailing zeros. */
public final class Figures {
    private Figures() {}

    /** {@code "0.0118489 USD + 0.00021 EUR"}; {@code "0"} when there is no amount. */
    public static String money(Money m) {
        if (m.isEmpty()) return "0";
        List<String> parts = new ArrayList<>();
        m.amounts().forEach((c, a) -> parts.add(amount(a) + " " + c));
        return String.join(" + ", parts);
    }

    public static String amount(BigDecimal a) {
        return Money.plain(a.setScale(8, RoundingMode.HALF_EVEN));
    }

    /** {@code +0.0012}, {@code -0.5}, {@code 0}. */
    public static String signed(BigDecimal a) {
        String s = amount(a);
        return a.setScale(8, RoundingMode.HALF_EVEN).signum() > 0 ? "+" + s : s;
    }
}
