package dev.runlens.costs.catalog;

import dev.runlens.costs.Tier;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The default capability tier of a model that no rule or catalog entry tiers: by its name first
 * (the vendors' own small/frontier words), else by its output price in USD per million tokens
 * (at least 10: frontier; at most 1: small; between: standard). Names:
 * <ul>
 * <li>small: {@code mini}, {@code nano}, {@code haiku}, {@code flash}, {@code lite}, {@code small},
 * {@code tiny}, {@code micro}, {@code instant}, or a 1-8B size as a word of the name;</li>
 * <li>frontier: {@code opus}, {@code sonnet}, {@code pro}, {@code large}, {@code ultra}, and the
 * full-size {@code gpt-4.1}, {@code gpt-4o}, {@code gpt-5}, {@code o1}, {@code o3}, {@code grok-4}.</li>
 * </ul>
 * These are defaults for a first policy review, not facts: a rates file's {@code tiers} overrides them.
 */
public final class Tiers {
    private static final Pattern SMALL = Pattern.compile(
            "(^|[-_./:])(mini|nano|haiku|flash|lite|small|tiny|micro|instant|[1-8]b)([-_./:]|$)");
    private static final Pattern FRONTIER = Pattern.compile(
            "opus|sonnet|(^|[-_./:])(pro|large|ultra)([-_./:]|$)|gpt-4\\.1(?!-mini|-nano)|gpt-4o(?!-mini)|gpt-5(?!-mini|-nano)"
                    + "|(^|/)o1(?!-mini)|(^|/)o3(?!-mini)|grok-4");

    private Tiers() {}

    public static Optional<Tier> byName(String model) {
        String m = model.toLowerCase(Locale.ROOT);
        if (SMALL.matcher(m).find()) return Optional.of(Tier.SMALL);
        if (FRONTIER.matcher(m).find()) return Optional.of(Tier.FRONTIER);
        return Optional.empty();
    }

    public static Optional<Tier> byOutputPrice(BigDecimal usdPerMillion) {
        if (usdPerMillion.compareTo(BigDecimal.TEN) >= 0) return Optional.of(Tier.FRONTIER);
        if (usdPerMillion.compareTo(BigDecimal.ONE) <= 0) return Optional.of(Tier.SMALL);
        return Optional.of(Tier.STANDARD);
    }
}
