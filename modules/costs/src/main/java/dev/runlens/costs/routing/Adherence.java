package dev.runlens.costs.routing;

import dev.runlens.costs.Money;

/**
 * How well a workflow's calls keep its capability split: receipts and cost on, above and below
 * policy, and on steps without a rule or on models of unknown tier.
 */
public record Adherence(int onPolicy, int above, int below, int noPolicy, int unknownTier, Money costOnPolicy,
                        Money costAbove, Money costBelow) {
    public static final Adherence NONE = new Adherence(0, 0, 0, 0, 0, Money.ZERO, Money.ZERO, Money.ZERO);

    public int judged() {
        return onPolicy + above + below;
    }

    /** Share of judged receipts that follow the policy, 0..1; 1 when nothing could be judged. */
    public double share() {
        return judged() == 0 ? 1.0 : (double) onPolicy / judged();
    }

    Adherence plus(Adherence o) {
        return new Adherence(onPolicy + o.onPolicy, above + o.above, below + o.below, noPolicy + o.noPolicy,
                unknownTier + o.unknownTier, costOnPolicy.plus(o.costOnPolicy), costAbove.plus(o.costAbove), costBelow.plus(o.costBelow));
    }
}
