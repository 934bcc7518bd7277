package dev.runlens.costs.routing;

import java.util.Locale;

/** A model's tier against the tier its step's policy asks for. */
public enum Verdict {
    ON_POLICY, ABOVE_POLICY, BELOW_POLICY, NO_POLICY, UNKNOWN_TIER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
