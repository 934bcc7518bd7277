package dev.runlens.costs.catalog;

import java.util.Optional;

/** A price lookup: the quote, or why there is none (the model is unknown, or had no price then). */
public record Lookup(Optional<Quote> quote, String whyNone) {
    static Lookup found(Quote q) {
        return new Lookup(Optional.of(q), "");
    }

    static Lookup none(String why) {
        return new Lookup(Optional.empty(), why);
    }
}
