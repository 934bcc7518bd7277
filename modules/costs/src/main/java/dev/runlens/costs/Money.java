package dev.runlens.costs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Exact amounts per currency. Currencies are never added to each other: a sum of USD and EUR is
 * a money value with two lines. Amounts keep every digit (no rounding) until they are shown.
 */
public record Money(Map<String, BigDecimal> amounts) {
    public static final Money ZERO = new Money(Map.of());

    public Money {
        TreeMap<String, BigDecimal> copy = new TreeMap<>();
        amounts.forEach((c, a) -> copy.merge(c, a, BigDecimal::add));
        amounts = Collections.unmodifiableMap(copy);
    }

    public static Money of(String currency, BigDecimal amount) {
        return new Money(Map.of(currency, amount));
    }

    public Money plus(Money other) {
        if (other.amounts.isEmpty()) return this;
        if (amounts.isEmpty()) return other;
        TreeMap<String, BigDecimal> sum = new TreeMap<>(amounts);
        other.amounts.forEach((c, a) -> sum.merge(c, a, BigDecimal::add));
        return new Money(sum);
    }

    public Money plus(String currency, BigDecimal amount) {
        return plus(of(currency, amount));
    }

    public Money negate() {
        return map(BigDecimal::negate);
    }

    public Money minus(Money other) {
        return plus(other.negate());
    }

    /** Each amount divided by {@code divisor} (34 significant digits); {@code divisor} must not be zero. */
    public Money dividedBy(BigDecimal divisor) {
        return map(a -> a.divide(divisor, MathContext.DECIMAL128));
    }

    public Money times(BigDecimal factor) {
        return map(a -> a.multiply(factor));
    }

    public Money map(UnaryOperator<BigDecimal> f) {
        TreeMap<String, BigDecimal> out = new TreeMap<>();
        amounts.forEach((c, a) -> out.put(c, f.apply(a)));
        return new Money(out);
    }

    public BigDecimal get(String currency) {
        return amounts.getOrDefault(currency, BigDecimal.ZERO);
    }

    public boolean isEmpty() {
        return amounts.isEmpty();
    }

    /** True when every amount is zero (or there is none). */
    public boolean isZero() {
        return amounts.values().stream().allMatch(a -> a.signum() == 0);
    }

    /** {@code "0.0123 USD + 0.004 EUR"}, amounts exact; {@code "0"} when empty. */
    @Override
    public String toString() {
        if (amounts.isEmpty()) return "0";
        StringBuilder sb = new StringBuilder();
        amounts.forEach((c, a) -> {
            if (!sb.isEmpty()) sb.append(" + ");
            sb.append(plain(a)).append(' ').append(c);
        });
        return sb.toString();
    }

    /** An amount without exponent or trailing zeros ({@code 0.00562}, {@code 12}). */
    public static String plain(BigDecimal a) {
        return a.signum() == 0 ? "0" : a.stripTrailingZeros().toPlainString();
    }
}
